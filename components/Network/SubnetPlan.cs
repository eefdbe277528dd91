using IrisStack.Components.Config;

namespace IrisStack.Components.Network;

/// <summary>One planned subnet: its zone, tier and block.</summary>
public sealed record SubnetPlan(string AvailabilityZone, SubnetTier Tier, Ipv4Cidr Cidr);
