using System.Collections.Immutable;
using IrisStack.Components.Collections;
using IrisStack.Components.Graph;

namespace IrisStack.Components.Network;

/// <summary>What later layers use of the network, as references into the graph.</summary>
/// <param name="Component">The network component node, to parent nothing else under but to depend on.</param>
/// <param name="VpcId">The VPC's id.</param>
/// <param name="VpcCidr">The VPC's CIDR block, for security group rules.</param>
/// <param name="PublicSubnets">Public subnets (zone, id, block), in zone order.</param>
/// <param name="PrivateSubnets">Private subnets (zone, id, block), in zone order.</param>
/// <param name="LogsKey">The customer-managed KMS key that encrypts CloudWatch logs.</param>
public sealed record NetworkOutputs(
    NodeRef Component,
    OutputReference VpcId,
    string VpcCidr,
    EquatableArray<ZoneSubnet> PublicSubnets,
    EquatableArray<ZoneSubnet> PrivateSubnets,
    NodeRef LogsKey);
