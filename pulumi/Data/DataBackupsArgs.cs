using Pulumi;

namespace IrisStack.Pulumi;

/// <summary>The backup vault and plan, and the bucket for exports and journal archives: the shape of <c>iris-stack:data.backups</c>.</summary>
public sealed class DataBackupsArgs : ResourceArgs
{
    /// <summary>ARN of the IAM role that alone may delete recovery points, shorten their lifecycle and change or delete the vault's access policy; unset, only the account's root user may.</summary>
    [Input("breakGlassRoleArn")]
    public string? BreakGlassRoleArn { get; set; }

    /// <summary>When the backup runs: an AWS cron expression, cron(minutes hours day-of-month month day-of-week year), UTC (default cron(0 3 * * ? *)).</summary>
    [Input("schedule")]
    public string? Schedule { get; set; }

    /// <summary>Days each recovery point is kept (default 35); at least the longest gap the schedule leaves.</summary>
    [Input("retentionDays")]
    public int? RetentionDays { get; set; }

    /// <summary>Days after which recovery points move to cold storage (resource types that support it); 0 (default) keeps them warm.</summary>
    [Input("coldStorageAfterDays")]
    public int? ColdStorageAfterDays { get; set; }

    /// <summary>AWS Backup Vault Lock: bounds on how long recovery points are kept, enforced by AWS Backup (default off).</summary>
    [Input("vaultLock")]
    public BackupVaultLockArgs? VaultLock { get; set; }

    /// <summary>IRIS-consistent EBS snapshots taken inside an IRIS freeze, from a CronJob.</summary>
    [Input("consistentSnapshots")]
    public ConsistentSnapshotsArgs? ConsistentSnapshots { get; set; }

    /// <summary>The S3 bucket for exports and journal archives.</summary>
    [Input("exportBucket")]
    public ExportBucketArgs? ExportBucket { get; set; }
}
