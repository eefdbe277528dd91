using IrisStack.Components.Collections;

namespace IrisStack.Components.Cluster;

/// <summary>Where traffic of a tier-chain rule comes from: a tier's pods, or the load balancers.</summary>
public abstract record TrafficSource
{
    private TrafficSource()
    {
    }

    /// <summary>Pods of a tier (selected by <see cref="TierLabels.Key"/> in the tier's namespace).</summary>
    /// <param name="Tier">The source tier.</param>
    public sealed record FromTier(Tier Tier) : TrafficSource;

    /// <summary>
    /// The load balancers the AWS Load Balancer Controller creates, in IP target mode: their nodes
    /// connect from addresses of the subnets they sit in.
    /// </summary>
    /// <param name="SubnetCidrs">The blocks of the subnets the load balancers use.</param>
    public sealed record FromLoadBalancer(EquatableArray<string> SubnetCidrs) : TrafficSource;
}
