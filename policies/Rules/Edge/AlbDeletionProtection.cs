using System.Collections.Immutable;
using IrisStack.Components.Graph;

namespace IrisStack.Policies.Rules.Edge;

/// <summary>On stacks that protect stateful resources, every Application Load Balancer has deletion protection on.</summary>
public sealed class AlbDeletionProtection : StackPolicy
{
    /// <inheritdoc />
    public override string Id => "alb-deletion-protection";

    /// <inheritdoc />
    public override string Description => "When the stack sets iris-stack:protectStatefulResources, every Application Load Balancer sets enableDeletionProtection true.";

    /// <inheritdoc />
    public override string Rationale => "The ALB is the only way in: deleting it (by hand, or by a replacement Pulumi plans) takes the service offline, and its DNS name, which CloudFront's VPC origin points at, does not come back.";

    /// <inheritdoc />
    public override string Layer => "edge";

    /// <inheritdoc />
    public override ImmutableArray<string> PeerIds => ["CKV_AWS_150", "ELBDeletionProtectionEnabled", "elb-deletion-protection-enabled"];

    /// <inheritdoc />
    public override ImmutableDictionary<string, string> PartialPeers => ImmutableDictionary.CreateRange(StringComparer.Ordinal, [
        KeyValuePair.Create("CKV_AWS_150", "only on stacks that protect stateful resources, and only Application Load Balancers"),
        KeyValuePair.Create("ELBDeletionProtectionEnabled", "only on stacks that protect stateful resources, and only Application Load Balancers"),
        KeyValuePair.Create("elb-deletion-protection-enabled", "only on stacks that protect stateful resources; reads the aws:lb tokens the peer skips"),
    ]);

    /// <inheritdoc />
    public override bool Examines(string type) => LoadBalancers.LoadBalancerTypes.Contains(type);

    /// <inheritdoc />
    public override PolicyOutcome Evaluate(ResourceGraph graph, PolicyContext context)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(context);
        var albs = graph.Nodes.Where(n => LoadBalancers.LoadBalancerTypes.Contains(n.Type) && LoadBalancers.IsApplication(n)).ToList();
        if (!context.RequireProtection || albs.Count == 0)
        {
            return PolicyOutcome.NotApplicable;
        }

        return PolicyOutcome.From(albs.Where(n => !LoadBalancers.IsTrue(n.Input("enableDeletionProtection"))).Select(n => new Finding(
            n.Name, "enableDeletionProtection",
            "The load balancer can be deleted, but this stack protects stateful resources.",
            "Set enableDeletionProtection to true (iris-stack:edge.alb.deletionProtection), or set iris-stack:protectStatefulResources: false for a throw-away stack.")));
    }
}
