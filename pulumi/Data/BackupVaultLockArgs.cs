using Pulumi;

namespace IrisStack.Pulumi;

/// <summary>AWS Backup Vault Lock, the shape of <c>iris-stack:data.backups.vaultLock</c>.</summary>
public sealed class BackupVaultLockArgs : ResourceArgs
{
    /// <summary>Lock the vault: recovery points can be kept neither shorter than minRetentionDays nor longer than maxRetentionDays (default false).</summary>
    [Input("enabled")]
    public bool? Enabled { get; set; }

    /// <summary>The shortest retention the lock allows (default 7); at most retentionDays.</summary>
    [Input("minRetentionDays")]
    public int? MinRetentionDays { get; set; }

    /// <summary>The longest retention the lock allows (default 3650); at least retentionDays.</summary>
    [Input("maxRetentionDays")]
    public int? MaxRetentionDays { get; set; }

    /// <summary>0 (default): governance mode, the break-glass role may change or remove the lock; 3 or more: compliance mode, immutable by anyone, AWS included, after that many days.</summary>
    [Input("changeableForDays")]
    public int? ChangeableForDays { get; set; }
}
