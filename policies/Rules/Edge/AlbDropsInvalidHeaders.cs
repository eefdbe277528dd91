using System.Collections.Immutable;
using IrisStack.Components.Graph;

namespace IrisStack.Policies.Rules.Edge;

/// <summary>Every Application Load Balancer drops HTTP header fields whose names are not valid.</summary>
public sealed class AlbDropsInvalidHeaders : ResourcePolicy
{
    /// <inheritdoc />
    public override string Id => "alb-drop-invalid-headers";

    /// <inheritdoc />
    public override string Description => "Every Application Load Balancer sets dropInvalidHeaderFields true.";

    /// <inheritdoc />
    public override string Rationale => "By default the load balancer forwards header fields with invalid names, which targets parse in different ways: a way to smuggle requests or headers past the gateway's checks.";

    /// <inheritdoc />
    public override string Layer => "edge";

    /// <inheritdoc />
    public override ImmutableArray<string> PeerIds => ["CKV_AWS_131", "ALBHttpDropInvalidHeaderEnabled"];

    /// <inheritdoc />
    public override ImmutableHashSet<string> ResourceTypes => LoadBalancers.LoadBalancerTypes;

    /// <inheritdoc />
    protected override bool AppliesTo(ResourceNode node) => LoadBalancers.IsApplication(node);

    /// <inheritdoc />
    protected override IEnumerable<Finding> Check(ResourceNode node, PolicyContext context)
    {
        if (!LoadBalancers.IsTrue(node.Input("dropInvalidHeaderFields")))
        {
            yield return Violation(node, "dropInvalidHeaderFields", "The load balancer forwards header fields with invalid names (the provider's default).", "Set dropInvalidHeaderFields to true.");
        }
    }
}
