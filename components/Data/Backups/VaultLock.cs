namespace IrisStack.Components.Data.Backups;

/// <summary>
/// AWS Backup Vault Lock: recovery points in the vault can be kept no shorter than
/// <paramref name="MinRetentionDays"/> and no longer than <paramref name="MaxRetentionDays"/>.
/// Without <paramref name="ChangeableForDays"/> it is in governance mode (principals allowed
/// <c>backup:PutBackupVaultLockConfiguration</c>/<c>DeleteBackupVaultLockConfiguration</c> may
/// change or remove it; the vault policy leaves that to the break-glass role); with it, compliance
/// mode: after that many days nobody, AWS included, can change or remove it.
/// </summary>
public sealed record VaultLock(int MinRetentionDays, int MaxRetentionDays, int? ChangeableForDays)
{
    /// <summary>The shortest grace time AWS Backup accepts before a compliance-mode lock sets.</summary>
    public const int MinimumChangeableForDays = 3;
}
