namespace IrisStack.Components.Network;

/// <summary>How many NAT gateways give the private subnets their way out (as pulumi-awsx names them).</summary>
public enum NatGatewayStrategy
{
    /// <summary>One NAT gateway in the first zone for every private subnet: cheaper, one zone's outage cuts egress.</summary>
    Single,

    /// <summary>One NAT gateway per zone, each zone's private subnet routed to its own: survives a zone outage.</summary>
    OnePerAz,
}
