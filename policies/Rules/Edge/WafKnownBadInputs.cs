using System.Collections.Immutable;
using IrisStack.Components.Edge.Waf;
using IrisStack.Components.Graph;

namespace IrisStack.Policies.Rules.Edge;

/// <summary>A web ACL runs AWS's known-bad-inputs group, Log4j rules included.</summary>
public sealed class WafKnownBadInputs : ResourcePolicy
{
    /// <inheritdoc />
    public override string Id => "waf-known-bad-inputs";

    /// <inheritdoc />
    public override string Description => $"A WAFv2 web ACL runs {WafManagedGroups.KnownBadInputsRuleSet} with overrideAction none and its Log4JRCE rules not overridden to count or allow, unless the ACL's tag {WafManagedGroups.CountReasonTag(WafManagedGroups.KnownBadInputsRuleSet)} records why.";

    /// <inheritdoc />
    public override string Rationale => "The group blocks exploit payloads such as Log4Shell (CVE-2021-44228) JNDI lookups in headers, query and body, which reach Java-based tiers behind the edge.";

    /// <inheritdoc />
    public override string Layer => "edge";

    /// <inheritdoc />
    public override ImmutableArray<string> PeerIds => ["CKV_AWS_192"];

    /// <inheritdoc />
    public override ImmutableDictionary<string, string> PartialPeers => ImmutableDictionary<string, string>.Empty
        .Add("CKV_AWS_192", "a group counting with a reason recorded in the ACL's tag passes here; Checkov fails it.");

    /// <inheritdoc />
    public override ImmutableHashSet<string> ResourceTypes => WebAcls.WebAclTypes;

    /// <inheritdoc />
    protected override IEnumerable<Finding> Check(ResourceNode node, PolicyContext context)
    {
        var (rules, unreadable) = WebAcls.Rules(node);
        return unreadable is not null ? [WebAcls.Unreadable(node, unreadable)]
            : WebAcls.ManagedGroupFindings(node, rules, WafManagedGroups.KnownBadInputsRuleSet, "exploit payloads such as Log4j",
                name => name.StartsWith("Log4JRCE", StringComparison.Ordinal));
    }
}
