using System.Collections.Immutable;
using System.Text.Json.Nodes;
using IrisStack.Components.Graph;

namespace IrisStack.Policies.Rules.Network;

/// <summary>Every customer-managed KMS key has its own key policy that no one outside can use, and keeps the lockout safety check.</summary>
public sealed class KmsKeyPolicyRestricted : ResourcePolicy
{
    /// <inheritdoc />
    public override string Id => "kms-key-policy-restricted";

    /// <inheritdoc />
    public override string Description => "Customer-managed KMS keys have a key policy of their own in which no statement allows a wildcard principal kms:* or any action without a condition, and the policy lockout safety check is not bypassed.";

    /// <inheritdoc />
    public override string Rationale => "A key policy is the key's only gate: a wildcard principal opens the key to every AWS account, and bypassing the lockout check can leave a key that nobody can administer.";

    /// <inheritdoc />
    public override string Layer => "network";

    /// <inheritdoc />
    public override ImmutableArray<string> PeerIds => ["CKV_AWS_33", "CKV2_AWS_64"];

    /// <inheritdoc />
    public override ImmutableHashSet<string> ResourceTypes => ["aws:kms/key:Key"];

    /// <inheritdoc />
    protected override IEnumerable<Finding> Check(ResourceNode node, PolicyContext context)
    {
        if (node.Input("bypassPolicyLockoutSafetyCheck") is BoolValue { Value: true })
        {
            yield return Violation(node, "bypassPolicyLockoutSafetyCheck", "The key bypasses KMS's policy lockout safety check.",
                "Remove bypassPolicyLockoutSafetyCheck (or set it to false) so KMS refuses a policy that would lock the account out of the key.");
        }

        if (node.Input("policy") is null or NullValue)
        {
            yield return Violation(node, "policy", "The key has no key policy of its own, so KMS applies its default policy.",
                "Set policy to a key policy that names who administers and who uses the key.");
            yield break;
        }

        var (document, unreadable) = PolicyDocumentText.Parse(node.Input("policy"));
        if (document is null)
        {
            yield return Violation(node, "policy", $"The key policy cannot be verified: {unreadable}.",
                "Build the policy as JSON text (JsonTemplate renders it so), or suppress this finding for the key with a reason.");
            yield break;
        }

        foreach (var (statement, index) in PolicyDocumentText.Statements(document).Select((s, i) => (s, i)))
        {
            if (!string.Equals((string?)statement["Effect"], "Allow", StringComparison.Ordinal) || !IsWildcard(statement["Principal"]))
            {
                continue;
            }

            var actions = PolicyDocumentText.Strings(statement["Action"]).ToList();
            var where = $"policy.Statement[{index}]";
            if (actions.Any(a => PolicyDocumentText.ActionMatches(a, "kms:Decrypt") && PolicyDocumentText.ActionMatches(a, "kms:PutKeyPolicy")))
            {
                yield return Violation(node, where, $"Statement {index} allows every action ({string.Join(", ", actions)}) to any principal.",
                    "Name the principals (account roots, roles or services) instead of *.");
            }
            else if (statement["Condition"] is not JsonObject { Count: > 0 })
            {
                yield return Violation(node, where, $"Statement {index} allows {string.Join(", ", actions)} to any principal without a condition.",
                    "Name the principals, or limit the statement with a condition (kms:CallerAccount, aws:SourceArn, kms:ViaService).");
            }
        }
    }

    private static bool IsWildcard(JsonNode? principal) => principal switch
    {
        JsonValue => PolicyDocumentText.Strings(principal).Contains("*"),
        JsonObject map => map.TryGetPropertyValue("AWS", out var aws) && PolicyDocumentText.Strings(aws).Contains("*"),
        _ => false,
    };
}
