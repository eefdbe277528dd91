using System.Collections.Immutable;
using IrisStack.Components.Collections;
using IrisStack.Components.Graph;

namespace IrisStack.Components.Network;

/// <summary>
/// What later layers use of the network: references into the graph when the network is built in
/// the same graph, external inputs when a component is given an existing network
/// (<see cref="External"/>). CIDRs and zones are plain, because they drive decisions.
/// </summary>
/// <param name="VpcId">The VPC's id.</param>
/// <param name="VpcCidr">The VPC's CIDR block, for security group rules.</param>
/// <param name="PublicSubnets">Public subnets (zone, id, block), in zone order.</param>
/// <param name="PrivateSubnets">Private subnets (zone, id, block), in zone order.</param>
/// <param name="LogsKeyArn">The ARN of the customer-managed KMS key that encrypts CloudWatch logs.</param>
public sealed record NetworkOutputs(
    Value VpcId,
    string VpcCidr,
    EquatableArray<ZoneSubnet> PublicSubnets,
    EquatableArray<ZoneSubnet> PrivateSubnets,
    Value LogsKeyArn)
{
    /// <summary>
    /// A network that exists outside the graph: its ids and key ARN are the external inputs
    /// <c>vpcId</c>, <c>publicSubnets[i].id</c>, <c>privateSubnets[i].id</c> and <c>logsKeyArn</c>
    /// (the names a component's args give them); the CIDRs and zones are plain.
    /// </summary>
    public static NetworkOutputs External(string vpcCidr, IEnumerable<(string Zone, string Cidr)> publicSubnets, IEnumerable<(string Zone, string Cidr)> privateSubnets) => new(
        new ExternalInput("vpcId"),
        vpcCidr,
        [.. publicSubnets.Select((s, i) => new ZoneSubnet(s.Zone, new ExternalInput($"publicSubnets[{i}].id"), s.Cidr))],
        [.. privateSubnets.Select((s, i) => new ZoneSubnet(s.Zone, new ExternalInput($"privateSubnets[{i}].id"), s.Cidr))],
        new ExternalInput("logsKeyArn"));
}
