using System.Collections.Immutable;
using IrisStack.Components.Graph;

namespace IrisStack.Policies.Rules.Edge;

/// <summary>A web ACL and each of its rules publish CloudWatch metrics and keep sampled requests.</summary>
public sealed class WafVisibilityEnabled : ResourcePolicy
{
    private static readonly ImmutableArray<string> Flags = ["cloudwatchMetricsEnabled", "sampledRequestsEnabled"];

    /// <inheritdoc />
    public override string Id => "waf-visibility-enabled";

    /// <inheritdoc />
    public override string Description => "A WAFv2 web ACL's visibilityConfig and every rule's have cloudwatchMetricsEnabled and sampledRequestsEnabled true.";

    /// <inheritdoc />
    public override string Rationale => "Per-rule metrics and samples are how an attack, a false positive or a rule that never matches is noticed; without them a rule's effect is invisible until logs are searched.";

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
        if (unreadable is not null)
        {
            yield return WebAcls.Unreadable(node, unreadable);
        }

        var configs = new[] { ("the web ACL", "visibilityConfig", node.Input("visibilityConfig")) }
            .Concat(rules.Select(r => ($"rule {r.Name}", $"{r.Path}.visibilityConfig", r.Fields["visibilityConfig"])));
        foreach (var (what, path, config) in configs)
        {
            foreach (var flag in Flags.Where(f => (config as MapValue)?[f] is not BoolValue { Value: true }))
            {
                yield return Violation(node, $"{path}.{flag}", $"{char.ToUpperInvariant(what[0])}{what[1..]} does not set {flag} true.", $"Set {path}.{flag} to true.");
            }
        }
    }
}
