using System.Text.RegularExpressions;
using IrisStack.Components.Config;

namespace IrisStack.Components.Data.Backups;

/// <summary>
/// The backup settings (<c>iris-stack:data.backups</c>), validated, every default applied: the
/// break-glass role the vault's deletion guard exempts, the backup rule and the export bucket.
/// </summary>
/// <param name="BreakGlassRoleArn">The only role that may delete or shorten recovery points and change the vault's access policy; null for the account's root user alone.</param>
/// <param name="Schedule">When the backup runs.</param>
/// <param name="RetentionDays">Days each recovery point is kept.</param>
/// <param name="ColdStorageAfterDays">Days after which recovery points move to cold storage (types that support it); null keeps them warm.</param>
/// <param name="VaultLock">Vault Lock's retention bounds; null leaves the vault unlocked.</param>
/// <param name="ExportBucket">The exports and journal archive bucket.</param>
public sealed partial record BackupsConfig(string? BreakGlassRoleArn, BackupSchedule Schedule, int RetentionDays, int? ColdStorageAfterDays, VaultLock? VaultLock, ExportBucketConfig ExportBucket)
{
    /// <summary>AWS Backup keeps a recovery point in cold storage for at least this many days.</summary>
    public const int MinimumColdStorageDays = 90;

    /// <summary>The freeze/snapshot/thaw CronJob's settings; null when it is off.</summary>
    public ConsistentSnapshotsConfig? ConsistentSnapshots { get; init; }

    /// <summary>Reads and validates the section; problems are collected on its reader.</summary>
    public static BackupsConfig Read(ConfigSection section)
    {
        ArgumentNullException.ThrowIfNull(section);
        // Unset, only the account's root user may: the guard holds until someone names a break-glass role.
        var breakGlassText = section.String("breakGlassRoleArn", string.Empty,
            "ARN of the IAM role that alone may delete recovery points, shorten their lifecycle and change or delete the vault's access policy; unset, only the account's root user may",
            a => a.Length == 0 || RoleArnPattern().IsMatch(a) ? null : $"'{a}' is not an IAM role ARN (arn:aws:iam::<account>:role/<name>).",
            "name a role such as arn:aws:iam::123456789012:role/backup-break-glass.");
        var breakGlass = breakGlassText.Length == 0 ? null : breakGlassText;

        var expression = section.String("schedule", BackupSchedule.DefaultExpression, "When the backup runs: an AWS cron expression, cron(minutes hours day-of-month month day-of-week year), UTC",
            e => BackupSchedule.Parse(e).Problem, $"set an AWS cron expression such as '{BackupSchedule.DefaultExpression}' (daily at 03:00 UTC).");
        // String() hands back the default for an expression it refused, so this one parses.
        var schedule = BackupSchedule.Parse(expression).Schedule!;
        var retention = section.Int("retentionDays", 35, "Days each recovery point is kept; at least the longest gap the schedule leaves", 1, 36500);
        if (retention < schedule.LongestGapDays)
        {
            section.Error("retentionDays", $"{retention} days is shorter than the schedule '{schedule.Expression}', which can leave {schedule.LongestGapDays} days between backups, so there would be days with no recovery point at all.",
                $"set it to at least {schedule.LongestGapDays}, or schedule the backup more often.");
        }

        var cold = section.Int("coldStorageAfterDays", 0, "Days after which recovery points move to cold storage (resource types that support it); 0 keeps them warm", 0, 36500);
        if (cold > 0 && retention < cold + MinimumColdStorageDays)
        {
            section.Error("retentionDays", $"{retention} days leaves less than {MinimumColdStorageDays} days in cold storage after coldStorageAfterDays ({cold}); AWS Backup keeps cold recovery points at least {MinimumColdStorageDays} days.",
                $"set it to at least {cold + MinimumColdStorageDays}, or lower coldStorageAfterDays (0 turns cold storage off).");
        }

        var vaultLock = ReadVaultLock(section.Section("vaultLock", "AWS Backup Vault Lock: bounds on how long recovery points are kept, enforced by AWS Backup"), retention);
        var bucket = ExportBucketConfig.Read(section.Section("exportBucket", "The S3 bucket for exports and journal archives"));
        var consistent = ConsistentSnapshotsConfig.Read(section.Section("consistentSnapshots", "IRIS-consistent EBS snapshots: a CronJob freezes IRIS on each data pod, snapshots its volumes and thaws it"));
        section.RejectUnknownKeys();
        return new BackupsConfig(breakGlass, schedule, retention, cold == 0 ? null : cold, vaultLock, bucket) { ConsistentSnapshots = consistent };
    }

    private static VaultLock? ReadVaultLock(ConfigSection section, int retention)
    {
        var enabled = section.Bool("enabled", false, "Lock the vault (recovery points can be kept neither shorter than minRetentionDays nor longer than maxRetentionDays)");
        var min = section.Int("minRetentionDays", 7, "The shortest retention the lock allows; at most retentionDays", 1, 36500);
        var max = section.Int("maxRetentionDays", 3650, "The longest retention the lock allows; at least retentionDays", 1, 36500);
        var changeable = section.Int("changeableForDays", 0, $"0: governance mode (the break-glass role may change or remove the lock); {VaultLock.MinimumChangeableForDays} or more: compliance mode, immutable by anyone, AWS included, after that many days", 0, 36500);
        section.RejectUnknownKeys();
        if (!enabled)
        {
            return null;
        }

        if (changeable is > 0 and < VaultLock.MinimumChangeableForDays)
        {
            section.Error("changeableForDays", $"{changeable} is below AWS Backup's minimum grace time of {VaultLock.MinimumChangeableForDays} days.",
                $"set 0 for governance mode, or {VaultLock.MinimumChangeableForDays} or more for compliance mode.");
        }

        if (min > retention)
        {
            section.Error("minRetentionDays", $"{min} is above retentionDays ({retention}); AWS Backup would refuse every backup job of the plan.", $"set it to at most {retention}.");
        }

        if (max < retention)
        {
            section.Error("maxRetentionDays", $"{max} is below retentionDays ({retention}); AWS Backup would refuse every backup job of the plan.", $"set it to at least {retention}.");
        }

        return new VaultLock(min, max, changeable == 0 ? null : changeable);
    }

    [GeneratedRegex(@"^arn:aws(-[a-z]+)*:iam::[0-9]{12}:role/[A-Za-z0-9+=,.@_/-]{1,512}$")]
    private static partial Regex RoleArnPattern();
}
