using System.Collections.Immutable;
using IrisStack.Components.Edge.Waf;
using IrisStack.Components.Graph;

namespace IrisStack.Policies.Rules.Edge;

/// <summary>A web ACL runs AWS's baseline managed rule groups, none of them only counting without a recorded reason.</summary>
public sealed class WafBaselineManagedGroups : ResourcePolicy
{
    private static readonly ImmutableArray<(string Group, string Why)> Groups =
    [
        (WafManagedGroups.CommonRuleSet, "the core rule set, XSS included"),
        (WafManagedGroups.SqliRuleSet, "SQL injection"),
        (WafManagedGroups.AmazonIpReputationList, "known malicious sources"),
    ];

    /// <inheritdoc />
    public override string Id => "waf-baseline-managed-groups";

    /// <inheritdoc />
    public override string Description => $"A WAFv2 web ACL runs the AWS managed rule groups {string.Join(", ", Groups.Select(g => g.Group))} with overrideAction none and no rule overridden to count or allow, unless the ACL's tag {WafManagedGroups.CountReasonTag("{group}")} records why.";

    /// <inheritdoc />
    public override string Rationale => "These groups are the maintained baseline against injection, XSS and known-bad sources; a group left in count mode after tuning is the most common way a WAF ends up logging attacks instead of stopping them.";

    /// <inheritdoc />
    public override string Layer => "edge";

    /// <inheritdoc />
    public override ImmutableArray<string> PeerIds => [];

    /// <inheritdoc />
    public override ImmutableHashSet<string> ResourceTypes => WebAcls.WebAclTypes;

    /// <inheritdoc />
    protected override IEnumerable<Finding> Check(ResourceNode node, PolicyContext context)
    {
        var (rules, unreadable) = WebAcls.Rules(node);
        return unreadable is not null ? [WebAcls.Unreadable(node, unreadable)]
            : Groups.SelectMany(g => WebAcls.ManagedGroupFindings(node, rules, g.Group, g.Why));
    }
}
