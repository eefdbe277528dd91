using System.Collections.Immutable;
using IrisStack.Components.Graph;

namespace IrisStack.Components.Network;

/// <summary>What later layers use of the network, as references into the graph.</summary>
/// <param name="Component">The network component node, to parent nothing else under but to depend on.</param>
/// <param name="VpcId">The VPC's id.</param>
/// <param name="VpcCidr">The VPC's CIDR block, for security group rules.</param>
/// <param name="PublicSubnetIds">Public subnet ids by zone, in zone order.</param>
/// <param name="PrivateSubnetIds">Private subnet ids by zone, in zone order.</param>
/// <param name="LogsKey">The customer-managed KMS key that encrypts CloudWatch logs.</param>
public sealed record NetworkOutputs(
    NodeRef Component,
    OutputReference VpcId,
    string VpcCidr,
    ImmutableArray<(string Zone, OutputReference Id)> PublicSubnetIds,
    ImmutableArray<(string Zone, OutputReference Id)> PrivateSubnetIds,
    NodeRef LogsKey)
{
    /// <summary>Public subnet blocks in zone order (where internet-facing load balancers sit).</summary>
    public ImmutableArray<string> PublicSubnetCidrs { get; init; } = [];

    /// <summary>Private subnet blocks in zone order (where nodes and internal load balancers sit).</summary>
    public ImmutableArray<string> PrivateSubnetCidrs { get; init; } = [];
}
