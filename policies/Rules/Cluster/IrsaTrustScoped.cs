using System.Collections.Immutable;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using IrisStack.Components.Graph;

namespace IrisStack.Policies.Rules.Cluster;

/// <summary>Every IRSA role trusts exactly one service account, for the STS audience.</summary>
public sealed partial class IrsaTrustScoped : ResourcePolicy
{
    private const string Property = "assumeRolePolicy";

    /// <inheritdoc />
    public override string Id => "iam-irsa-trust-scoped";

    /// <inheritdoc />
    public override string Description => "Every role assumable with a web identity (IRSA) requires StringEquals on the OIDC issuer's sub (one system:serviceaccount:<namespace>:<name>) and aud (sts.amazonaws.com).";

    /// <inheritdoc />
    public override string Rationale => "Without the sub condition any pod of the cluster, in any namespace, can assume the role; a wildcard sub or a missing aud widens it the same way (family I5, which no rule set covers; CKV_AWS_358 checks only GitHub's OIDC).";

    /// <inheritdoc />
    public override string Layer => "cluster";

    /// <inheritdoc />
    public override ImmutableArray<string> PeerIds => [];

    /// <inheritdoc />
    public override ImmutableHashSet<string> ResourceTypes => [ClusterTypes.Role];

    /// <inheritdoc />
    /// <remarks>A role whose trust reads and has no web-identity statement is not an IRSA role; one whose trust cannot be read might be.</remarks>
    protected override bool AppliesTo(ResourceNode node) =>
        PolicyDocumentText.Parse(node.Input(Property)) is not ({ } document, _) || WebIdentityStatements(document).Any();

    /// <inheritdoc />
    protected override IEnumerable<Finding> Check(ResourceNode node, PolicyContext context)
    {
        var (document, unreadable) = PolicyDocumentText.Parse(node.Input(Property));
        if (document is null)
        {
            yield return Violation(node, Property, $"The trust policy cannot be verified: {unreadable}, so whether it limits the role to one service account is not known.",
                "Build assumeRolePolicy as JSON text around the OIDC provider's outputs (IrsaTrustPolicy.Render does), so its structure is known at preview; if it truly cannot be, suppress this finding for the role with a reason.");
            yield break;
        }

        foreach (var problem in WebIdentityStatements(document).SelectMany(Problems))
        {
            yield return Violation(node, Property, problem,
                "Use a Condition { StringEquals: { \"<issuer>:sub\": \"system:serviceaccount:<namespace>:<name>\", \"<issuer>:aud\": \"sts.amazonaws.com\" } } (IrsaTrustPolicy builds it).");
        }
    }

    private static IEnumerable<JsonObject> WebIdentityStatements(JsonNode document) =>
        PolicyDocumentText.Statements(document).Where(statement =>
            PolicyDocumentText.Strings(statement["Effect"]).Contains("Allow") &&
            PolicyDocumentText.Strings(statement["Action"]).Any(a => PolicyDocumentText.ActionMatches(a, "sts:AssumeRoleWithWebIdentity")));

    private static IEnumerable<string> Problems(JsonObject statement)
    {
        if (statement["Principal"]?["Federated"] is null)
        {
            yield return "The web-identity statement names no federated (OIDC provider) principal.";
        }

        var condition = statement["Condition"] as JsonObject;
        foreach (var (op, block) in condition ?? [])
        {
            if (op != "StringEquals" && block is JsonObject keys && keys.Any(k => k.Key.EndsWith(":sub", StringComparison.Ordinal)))
            {
                yield return $"The sub condition uses {op}; only StringEquals limits the role to one service account.";
            }
        }

        var equals = condition?["StringEquals"] as JsonObject;
        var subs = equals?.Where(k => k.Key.EndsWith(":sub", StringComparison.Ordinal)).SelectMany(k => PolicyDocumentText.Strings(k.Value)).ToList() ?? [];
        var auds = equals?.Where(k => k.Key.EndsWith(":aud", StringComparison.Ordinal)).SelectMany(k => PolicyDocumentText.Strings(k.Value)).ToList() ?? [];
        if (subs.Count != 1)
        {
            yield return subs.Count == 0
                ? "The trust has no StringEquals condition on the issuer's sub, so every service account of the cluster can assume the role."
                : $"The trust admits {subs.Count} service accounts; each needs its own role.";
        }
        else if (!ServiceAccountSubject().IsMatch(subs[0]))
        {
            yield return $"The sub condition '{subs[0]}' is not one service account (system:serviceaccount:<namespace>:<name>, no wildcards).";
        }

        if (auds.Count != 1 || auds[0] != "sts.amazonaws.com")
        {
            yield return "The trust does not require the aud claim sts.amazonaws.com.";
        }
    }

    [GeneratedRegex(@"^system:serviceaccount:[a-z0-9]([-a-z0-9]*[a-z0-9])?:[a-z0-9]([-a-z0-9.]*[a-z0-9])?$")]
    private static partial Regex ServiceAccountSubject();
}
