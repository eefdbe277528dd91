using System.Collections.Immutable;
using IrisStack.Components.Graph;

namespace IrisStack.Policies.Rules.Edge;

/// <summary>Every Application Load Balancer mitigates HTTP desync in defensive or strictest mode.</summary>
public sealed class AlbDesyncMitigation : ResourcePolicy
{
    /// <inheritdoc />
    public override string Id => "alb-desync-mitigation";

    /// <inheritdoc />
    public override string Description => "Every Application Load Balancer leaves desyncMitigationMode unset (defensive) or sets defensive or strictest, never monitor.";

    /// <inheritdoc />
    public override string Rationale => "In monitor mode the load balancer forwards requests that are ambiguous under RFC 7230, the raw material of request smuggling; defensive (AWS's default) and strictest block them.";

    /// <inheritdoc />
    public override string Layer => "edge";

    /// <inheritdoc />
    public override ImmutableArray<string> PeerIds => ["CKV_AWS_328"];

    /// <inheritdoc />
    public override ImmutableHashSet<string> ResourceTypes => LoadBalancers.LoadBalancerTypes;

    /// <inheritdoc />
    protected override bool AppliesTo(ResourceNode node) => LoadBalancers.IsApplication(node);

    /// <inheritdoc />
    protected override IEnumerable<Finding> Check(ResourceNode node, PolicyContext context)
    {
        const string Fix = "Set desyncMitigationMode to strictest (or defensive).";
        switch (node.Input("desyncMitigationMode"))
        {
            case null or NullValue:
            case StringValue { Value: "defensive" or "strictest" }:
                break;
            case StringValue { Value: var mode }:
                yield return Violation(node, "desyncMitigationMode", $"desyncMitigationMode '{mode}' forwards requests that may desynchronise the load balancer and its targets.", Fix);
                break;
            default:
                yield return Violation(node, "desyncMitigationMode", "desyncMitigationMode is not known in this preview.", Fix);
                break;
        }
    }
}
