using System.Collections.Immutable;
using System.Text.Json.Nodes;
using IrisStack.Components.Data.Backups;
using IrisStack.Components.Graph;

namespace IrisStack.Policies.Rules.Backup;

/// <summary>
/// Every AWS Backup vault has an access policy whose Deny statement, for every principal and every
/// resource, covers deleting and shortening recovery points and changing or deleting the policy and
/// the vault, with no exception but named principals (<c>aws:PrincipalArn</c>).
/// </summary>
public sealed class BackupVaultDeletionGuarded : StackPolicy
{
    private static readonly ImmutableHashSet<string> ExaminedTypes = ["aws:backup/vault:Vault", "aws:backup/vaultPolicy:VaultPolicy"];

    /// <inheritdoc />
    public override string Id => "backup-vault-deletion-guarded";

    /// <inheritdoc />
    public override string Description => $"Every AWS Backup vault has a vault access policy that denies {string.Join(", ", BackupVaultPolicy.GuardedActions)} to every principal (\"*\", on \"*\") except named break-glass roles (an ArnNotEquals or ArnNotLike condition on aws:PrincipalArn, nothing else).";

    /// <inheritdoc />
    public override string Rationale => "Whoever can delete recovery points can destroy the backups together with the data (ransomware, a compromised admin); the guard leaves that to one role, and denying policy changes keeps the guard itself from being lifted.";

    /// <inheritdoc />
    public override string Layer => "data";

    /// <inheritdoc />
    public override ImmutableArray<string> PeerIds => [];

    /// <inheritdoc />
    public override bool Examines(string type) => ExaminedTypes.Contains(type);

    /// <inheritdoc />
    public override PolicyOutcome Evaluate(ResourceGraph graph, PolicyContext context)
    {
        var vaults = graph.OfType("aws:backup/vault:Vault").ToList();
        if (vaults.Count == 0)
        {
            return PolicyOutcome.NotApplicable;
        }

        return PolicyOutcome.From(vaults.SelectMany(vault => Check(graph, vault)));
    }

    private static IEnumerable<Finding> Check(ResourceGraph graph, ResourceNode vault)
    {
        var policies = graph.OfType("aws:backup/vaultPolicy:VaultPolicy").Where(p => Names(p.Input("backupVaultName"), vault)).ToList();
        if (policies.Count == 0)
        {
            yield return new Finding(vault.Name, string.Empty, "The vault has no access policy, so anyone with backup:DeleteRecoveryPoint in IAM can delete its recovery points.",
                "Add an aws:backup/vaultPolicy:VaultPolicy for this vault whose Deny statement covers the guarded actions for every principal except the break-glass role.");
            yield break;
        }

        foreach (var policy in policies)
        {
            var (document, unreadable) = PolicyDocumentText.Parse(policy.Input("policy"));
            if (document is null)
            {
                yield return new Finding(policy.Name, "policy", $"The vault access policy cannot be verified: {unreadable}.",
                    "Build the policy as JSON text, or suppress this finding for the vault with a reason.");
                continue;
            }

            var guards = PolicyDocumentText.Statements(document).Where(Guards).ToList();
            var missing = BackupVaultPolicy.GuardedActions
                .Where(action => !guards.Any(s => PolicyDocumentText.Strings(s["Action"]).Any(p => PolicyDocumentText.ActionMatches(p, action))))
                .ToList();
            if (missing.Count > 0)
            {
                yield return new Finding(policy.Name, "policy",
                    $"No Deny statement for every principal on every resource, excepting only named roles, covers {string.Join(", ", missing)}.",
                    "Add those actions to a statement with Effect Deny, Principal \"*\", Resource \"*\" and at most an ArnNotEquals condition on aws:PrincipalArn naming the break-glass role (iris-stack:data.backups.breakGlassRoleArn).");
            }
        }
    }

    // A guard denies everyone everywhere; its only condition may exempt principals by ARN.
    private static bool Guards(JsonObject statement) =>
        string.Equals((string?)statement["Effect"], "Deny", StringComparison.Ordinal)
        && S3BucketSettings.IsEveryone(statement["Principal"])
        && PolicyDocumentText.Strings(statement["Resource"]).Contains("*")
        && statement["NotAction"] is null && statement["NotPrincipal"] is null && statement["NotResource"] is null
        && statement["Condition"] switch
        {
            null => true,
            JsonObject conditions => conditions.All(c => c.Key is "ArnNotEquals" or "ArnNotLike"
                && c.Value is JsonObject keys && keys.All(k => string.Equals(k.Key, "aws:PrincipalArn", StringComparison.OrdinalIgnoreCase))),
            _ => false,
        };

    private static bool Names(Value? value, ResourceNode vault) => value switch
    {
        OutputReference r => r.Node == vault.Name && r.Output is "name" or "id",
        StringValue s => vault.Input("name") is StringValue own && own.Value == s.Value,
        _ => false,
    };
}
