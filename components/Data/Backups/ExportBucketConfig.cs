using IrisStack.Components.Aws;
using IrisStack.Components.Config;

namespace IrisStack.Components.Data.Backups;

/// <summary>The exports and journal archive bucket (<c>iris-stack:data.backups.exportBucket</c>), validated.</summary>
/// <param name="ObjectLock">Object Lock with a default retention; null when the stack turns it off.</param>
/// <param name="NoncurrentVersionExpirationDays">Days a replaced or deleted object version is kept before lifecycle expires it.</param>
/// <param name="ArchiveAfterDays">Days after which current objects move to S3 Glacier Flexible Retrieval; null keeps them in S3 Standard.</param>
/// <param name="AccessLogRetentionDays">Days the access log bucket keeps its logs.</param>
/// <param name="MountApiToken">
/// Whether the IRIS pods' ServiceAccount mounts a Kubernetes API token. Off: the pods need no API
/// access, and EKS's pod identity webhook projects the web identity token IRSA uses as a volume of
/// its own (unconfirmed that it does so with automounting off; see the README).
/// </param>
public sealed record ExportBucketConfig(ObjectLockRetention? ObjectLock, int NoncurrentVersionExpirationDays, int? ArchiveAfterDays, int AccessLogRetentionDays, bool MountApiToken)
{
    /// <summary>Reads and validates the section.</summary>
    public static ExportBucketConfig Read(ConfigSection section)
    {
        ArgumentNullException.ThrowIfNull(section);
        var lockSection = section.Section("objectLock", "S3 Object Lock on the bucket (once on, S3 cannot turn it off)");
        var lockEnabled = lockSection.Bool("enabled", true, "Object Lock with a default retention on every new object version; false only for throw-away stacks");
        var mode = lockSection.Enum("mode", ObjectLockMode.Governance, "governance (removable with s3:BypassGovernanceRetention) or compliance (removable by no one)");
        var lockDays = lockSection.Int("retentionDays", 30, "Days each object version stays locked", 1, 36500);
        lockSection.RejectUnknownKeys();

        var noncurrent = section.Int("noncurrentVersionExpirationDays", 90, "Days a replaced or deleted object version is kept", 1, 36500);
        if (lockEnabled && noncurrent < lockDays)
        {
            section.Error("noncurrentVersionExpirationDays", $"{noncurrent} is below objectLock.retentionDays ({lockDays}); lifecycle cannot expire a locked version, so the shorter setting would never hold.",
                $"set it to at least {lockDays}, or lower objectLock.retentionDays.");
        }

        var archive = section.Int("archiveAfterDays", 0, "Days after which current objects move to S3 Glacier Flexible Retrieval; 0 keeps them in S3 Standard", 0, 36500);
        var logs = section.Int("accessLogRetentionDays", 365, "Days the access log bucket keeps its server access logs", 1, 36500);
        var mountToken = section.Bool("mountApiToken", false,
            "Mount a Kubernetes API token in the IRIS pods' export ServiceAccount; leave false unless IRSA fails without it (that the web identity token is projected regardless is unconfirmed)");
        section.RejectUnknownKeys();
        return new ExportBucketConfig(lockEnabled ? new ObjectLockRetention(mode, lockDays) : null, noncurrent, archive == 0 ? null : archive, logs, mountToken);
    }
}
