using System.Collections.Immutable;
using IrisStack.Components.Edge.Waf;
using IrisStack.Components.Graph;

namespace IrisStack.Policies.Rules.Edge;

/// <summary>A web ACL's geo rules block, and list real country codes.</summary>
/// <remarks>
/// Whether a stack wants a geo rule is its configuration's business, which a policy reading a
/// Pulumi preview does not see; the edge layer's tests show the rule is there when
/// <c>iris-stack:edge.waf.geo</c> is set. This policy applies to every ACL that has a geo rule.
/// </remarks>
public sealed class WafGeoRuleBlocks : ResourcePolicy
{
    /// <inheritdoc />
    public override string Id => "waf-geo-rule-blocks";

    /// <inheritdoc />
    public override string Description => "Every geo rule of a WAFv2 web ACL (a geoMatchStatement, or one under notStatement for an allow-list) blocks, and lists at least one country, each an ISO 3166-1 alpha-2 code.";

    /// <inheritdoc />
    public override string Rationale => "A geo restriction that only counts, matches no country or names a code AWS ignores looks like protection in the console and protects nothing.";

    /// <inheritdoc />
    public override string Layer => "edge";

    /// <inheritdoc />
    public override ImmutableArray<string> PeerIds => [];

    /// <inheritdoc />
    public override ImmutableHashSet<string> ResourceTypes => WebAcls.WebAclTypes;

    /// <inheritdoc />
    protected override bool AppliesTo(ResourceNode node)
    {
        var (rules, unreadable) = WebAcls.Rules(node);
        return unreadable is not null || rules.Any(r => Geo(r) is not null);
    }

    /// <inheritdoc />
    protected override IEnumerable<Finding> Check(ResourceNode node, PolicyContext context)
    {
        var (rules, unreadable) = WebAcls.Rules(node);
        if (unreadable is not null)
        {
            yield return WebAcls.Unreadable(node, unreadable);
            yield break;
        }

        foreach (var rule in rules.Where(r => Geo(r) is not null))
        {
            var (match, path) = Geo(rule)!.Value;
            if (rule.Action != "block")
            {
                yield return Violation(node, $"{rule.Path}.action", $"Geo rule {rule.Name} does not block (action {rule.Action ?? "unset"}).", "Set its action to { block: {} }.");
            }

            var codes = ((match["countryCodes"] as ListValue)?.Items ?? []).Select(c => (c as StringValue)?.Value).ToList();
            if (codes.Count == 0)
            {
                yield return Violation(node, $"{rule.Path}.{path}.countryCodes", $"Geo rule {rule.Name} lists no country.", "List the countries (iris-stack:edge.waf.geo.countries), or remove the rule.") with { Setting = "geo" };
            }

            foreach (var bad in codes.Where(c => c is null || !CountryCodes.Alpha2.Contains(c)))
            {
                yield return Violation(node, $"{rule.Path}.{path}.countryCodes", $"Geo rule {rule.Name} lists '{bad ?? "(unknown)"}', which is not an ISO 3166-1 alpha-2 code.", "Use upper-case two-letter codes such as DE.") with { Setting = "geo" };
            }
        }
    }

    private static (MapValue Match, string Path)? Geo(WebAcls.Rule rule) =>
        WebAcls.Find(rule.Statement, "geoMatchStatement") is { } deny ? (deny, "statement.geoMatchStatement")
        : WebAcls.Find(rule.Statement, "geoMatchStatement", negated: true) is { } allow ? (allow, "statement.notStatement.statement.geoMatchStatement")
        : null;
}
