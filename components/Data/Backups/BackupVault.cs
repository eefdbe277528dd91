using System.Text.Json.Nodes;
using IrisStack.Components.Aws;
using IrisStack.Components.Graph;

namespace IrisStack.Components.Data.Backups;

/// <summary>
/// The AWS Backup vault: encrypted with a customer-managed key of its own, and guarded by the
/// vault access policy (<see cref="BackupVaultPolicy"/>) so only the break-glass role can delete or
/// shorten recovery points; locked (<see cref="VaultLock"/>) when the stack asks.
/// </summary>
public static class BackupVault
{
    /// <summary>Adds the key, the vault and its access policy; returns the vault.</summary>
    public static NodeRef Add(GraphBuilder graph, ComponentScope scope, StackContext context, string parent, BackupsConfig config)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(config);
        // AWS Backup and the backup role use the key through IAM (the managed backup policies), which
        // the account statement delegates to.
        var key = CustomerManagedKey.Add(graph, context, scope.Child("backup-key"), parent, "iris-backups",
            "Encrypts the IRIS backup vault's recovery points", new JsonObject
            {
                ["Version"] = "2012-10-17",
                ["Statement"] = new JsonArray(KeyPolicyStatements.AccountAdministersKey(context)),
            });
        var vaultName = scope.Child("backup-vault");
        var vault = graph.Resource("aws:backup/vault:Vault", vaultName, MapValue.Of(
            ("name", $"{context.PhysicalName("-")}-iris"),
            ("kmsKeyArn", key.Arn),
            ("forceDestroy", false),
            ("tags", context.TagsFor(vaultName))),
            parent, new ResourceOptions { Protect = context.ProtectStatefulResources });
        // The guard denies changing a lock to everyone but the break-glass role, so the lock goes first.
        string[] dependsOn = config.VaultLock is { } vaultLock
            ? [graph.Resource("aws:backup/vaultLockConfiguration:VaultLockConfiguration", scope.Child("backup-vault-lock"), MapValue.Of(
                ("backupVaultName", vault.Output("name")),
                ("minRetentionDays", vaultLock.MinRetentionDays),
                ("maxRetentionDays", vaultLock.MaxRetentionDays),
                ("changeableForDays", vaultLock.ChangeableForDays is { } days ? (Value)days : null)),
                parent).Name]
            : [];
        graph.Resource("aws:backup/vaultPolicy:VaultPolicy", scope.Child("backup-vault-policy"), MapValue.Of(
            ("backupVaultName", vault.Output("name")),
            ("policy", JsonTemplate.Render(BackupVaultPolicy.Document(config.BreakGlassRoleArn ?? $"arn:aws:iam::{context.AccountId}:root")))),
            parent, new ResourceOptions { DependsOn = [.. dependsOn] });
        return vault;
    }
}
