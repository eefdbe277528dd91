using System.Collections.Immutable;
using IrisStack.Components.Config;

namespace IrisStack.Components.Network;

/// <summary>
/// Derives subnet blocks from the VPC CIDR when the stack does not list them: the VPC is split
/// into equal per-zone blocks (rounded up to a power of two); in each zone block the first half
/// is the private subnet (workloads need the addresses) and the next quarter the public subnet
/// (load balancers and NAT only); the last quarter stays free for later tiers.
/// </summary>
public static class SubnetPlanner
{
    /// <summary>Plans public then private subnets, in zone order.</summary>
    public static ImmutableArray<SubnetPlan> Plan(NetworkConfig config)
    {
        var zones = config.AvailabilityZones;
        var zoneBits = (int)Math.Ceiling(Math.Log2(zones.Length));
        var zonePrefix = config.Cidr.Prefix + zoneBits;

        Ipv4Cidr Planned(int zone, SubnetTier tier) => tier switch
        {
            SubnetTier.Private => config.Cidr.Subnet(zonePrefix, zone).Subnet(zonePrefix + 1, 0),
            SubnetTier.Public => config.Cidr.Subnet(zonePrefix, zone).Subnet(zonePrefix + 2, 2),
            _ => throw new ArgumentOutOfRangeException(nameof(tier), tier, null),
        };

        Ipv4Cidr Block(int zone, SubnetTier tier, ImmutableArray<Ipv4Cidr> given) =>
            given.Length == zones.Length ? given[zone] : Planned(zone, tier);

        return
        [
            .. zones.Select((z, i) => new SubnetPlan(z, SubnetTier.Public, Block(i, SubnetTier.Public, config.PublicSubnetCidrs))),
            .. zones.Select((z, i) => new SubnetPlan(z, SubnetTier.Private, Block(i, SubnetTier.Private, config.PrivateSubnetCidrs))),
        ];
    }
}
