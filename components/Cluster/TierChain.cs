using IrisStack.Components.Collections;

namespace IrisStack.Components.Cluster;

/// <summary>
/// The allowed traffic between tiers, as data: the cluster layer turns it into NetworkPolicies and
/// the workload layers read it for the ports they listen on. Anything not listed is denied by
/// each namespace's default-deny policy.
/// </summary>
/// <param name="Rules">The allowed hops, in request order.</param>
/// <param name="Ports">The ports the rules use.</param>
public sealed record TierChain(EquatableArray<TierRule> Rules, TierPorts Ports)
{
    /// <summary>
    /// The chain: load balancer → API gateway proxy; API gateway → Web Gateway; Web Gateway → IRIS
    /// compute (superserver, web server); compute → data (ECP on the superserver); data ↔ data
    /// (mirroring: superserver and ISCAgent); data → arbiter (ISCAgent). Kong's Redis is ElastiCache,
    /// not a tier of pods, so its hop is the API gateway layer's egress policy to the subnets.
    /// </summary>
    public static TierChain Plan(TierPorts ports, IEnumerable<string> loadBalancerSubnetCidrs) => new(
        [
            new("load balancer to API gateway proxy", new TrafficSource.FromLoadBalancer([.. loadBalancerSubnetCidrs]), Tier.ApiGateway, [ports.ApiGatewayProxy]),
            new("API gateway to Web Gateway", new TrafficSource.FromTier(Tier.ApiGateway), Tier.WebGateway, [ports.WebGateway]),
            new("Web Gateway to IRIS compute", new TrafficSource.FromTier(Tier.WebGateway), Tier.IrisCompute, [ports.IrisSuperserver, ports.IrisWebServer]),
            new("ECP from compute to data", new TrafficSource.FromTier(Tier.IrisCompute), Tier.IrisData, [ports.IrisSuperserver]),
            new("mirroring between data members", new TrafficSource.FromTier(Tier.IrisData), Tier.IrisData, [ports.IrisSuperserver, ports.IscAgent]),
            new("mirror members to the arbiter", new TrafficSource.FromTier(Tier.IrisData), Tier.Arbiter, [ports.IscAgent]),
        ],
        ports);

    /// <summary>The rules whose destination is <paramref name="tier"/>.</summary>
    public IEnumerable<TierRule> Into(Tier tier) => Rules.Where(r => r.To == tier);
}
