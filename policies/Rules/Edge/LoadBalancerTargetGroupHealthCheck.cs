using System.Collections.Immutable;
using IrisStack.Components.Graph;

namespace IrisStack.Policies.Rules.Edge;

/// <summary>HTTP and HTTPS target groups check their targets' health on a path of their choosing.</summary>
public sealed class LoadBalancerTargetGroupHealthCheck : ResourcePolicy
{
    /// <inheritdoc />
    public override string Id => "lb-target-group-health-check";

    /// <inheritdoc />
    public override string Description => "Every HTTP or HTTPS target group sets healthCheck, not disabled, with a path and a matcher.";

    /// <inheritdoc />
    public override string Rationale => "Without a deliberate health check the load balancer keeps sending requests to a target that accepts connections but no longer answers, or probes a path whose answer says nothing about the target.";

    /// <inheritdoc />
    public override string Layer => "edge";

    /// <inheritdoc />
    public override ImmutableArray<string> PeerIds => ["CKV_AWS_261"];

    /// <inheritdoc />
    public override ImmutableHashSet<string> ResourceTypes => LoadBalancers.TargetGroupTypes;

    /// <inheritdoc />
    protected override bool AppliesTo(ResourceNode node) => LoadBalancers.ServesHttp(node);

    /// <inheritdoc />
    protected override IEnumerable<Finding> Check(ResourceNode node, PolicyContext context)
    {
        const string Fix = "Set healthCheck to { enabled: true, protocol: HTTPS, path: \"/\", matcher: \"200-499\", healthyThreshold, unhealthyThreshold, interval, timeout } (see components/Edge/README.md for Kong).";
        if (node.Input("healthCheck") is not MapValue check)
        {
            yield return Violation(node, "healthCheck", "The target group sets no health check.", Fix);
            yield break;
        }

        if (check["enabled"] is BoolValue { Value: false })
        {
            yield return Violation(node, "healthCheck.enabled", "The health check is disabled.", Fix);
        }

        if (check["path"] is not StringValue { Value: ['/', ..] })
        {
            yield return Violation(node, "healthCheck.path", "The health check names no path.", Fix);
        }

        if (check["matcher"] is not StringValue { Value.Length: > 0 })
        {
            yield return Violation(node, "healthCheck.matcher", "The health check names no healthy codes.", Fix);
        }
    }
}
