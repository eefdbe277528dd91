namespace IrisStack.Components.Network;

/// <summary>What a subnet is for.</summary>
public enum SubnetTier
{
    /// <summary>Load balancers and NAT gateways; routed to the internet gateway.</summary>
    Public,

    /// <summary>Nodes and workloads; reach the internet only through NAT.</summary>
    Private,
}
