using System.Collections.Immutable;
using System.Text.Json.Nodes;

namespace IrisStack.Components.Data.Backups;

/// <summary>
/// The vault access policy that guards recovery points: one Deny statement for every principal
/// (<c>"Principal": "*"</c>, <c>"Resource": "*"</c>, as AWS Config's
/// <c>backup-recovery-point-manual-deletion-disabled</c> requires) on the actions that destroy,
/// shorten or unguard recovery points, except the break-glass role (<c>aws:PrincipalArn</c>, which
/// is the role's ARN for every session of it).
/// </summary>
public static class BackupVaultPolicy
{
    /// <summary>The statement's Sid.</summary>
    public const string GuardSid = "DenyRecoveryPointDeletionExceptBreakGlass";

    /// <summary>
    /// The guarded actions. The first three are AWS Config's rule; deleting the policy or the vault
    /// would lift the guard, and changing or deleting a Vault Lock would lift its retention floor.
    /// Vault access policies take no wildcard actions, so each is named.
    /// </summary>
    public static readonly ImmutableArray<string> GuardedActions =
    [
        "backup:DeleteRecoveryPoint",
        "backup:UpdateRecoveryPointLifecycle",
        "backup:PutBackupVaultAccessPolicy",
        "backup:DeleteBackupVaultAccessPolicy",
        "backup:DeleteBackupVault",
        "backup:PutBackupVaultLockConfiguration",
        "backup:DeleteBackupVaultLockConfiguration",
    ];

    /// <summary>The policy document.</summary>
    public static JsonObject Document(string breakGlassRoleArn) => new()
    {
        ["Version"] = "2012-10-17",
        ["Statement"] = new JsonArray(new JsonObject
        {
            ["Sid"] = GuardSid,
            ["Effect"] = "Deny",
            ["Principal"] = "*",
            ["Action"] = new JsonArray([.. GuardedActions.Select(a => (JsonNode)a)]),
            ["Resource"] = "*",
            ["Condition"] = new JsonObject
            {
                ["ArnNotEquals"] = new JsonObject { ["aws:PrincipalArn"] = breakGlassRoleArn },
            },
        }),
    };
}
