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
    /// <c>{prefix}vpcId</c>, <c>{prefix}publicSubnets[i].id</c>, <c>{prefix}privateSubnets[i].id</c>
    /// and <c>{prefix}logsKeyArn</c> (the paths a component's args give them); CIDRs and zones are plain.
    /// </summary>
    public static NetworkOutputs External(string prefix, string vpcCidr, IEnumerable<(string Zone, string Cidr)> publicSubnets, IEnumerable<(string Zone, string Cidr)> privateSubnets) => new(
        new ExternalInput($"{prefix}vpcId"),
        vpcCidr,
        [.. publicSubnets.Select((s, i) => new ZoneSubnet(s.Zone, new ExternalInput($"{prefix}publicSubnets[{i}].id"), s.Cidr))],
        [.. privateSubnets.Select((s, i) => new ZoneSubnet(s.Zone, new ExternalInput($"{prefix}privateSubnets[{i}].id"), s.Cidr))],
        new ExternalInput($"{prefix}logsKeyArn"));

    /// <summary>
    /// What each external input of <see cref="External"/> stands for in this network: the same
    /// names mapped to this record's values, so a component built against an external network can
    /// be bound to (or compared with) one built in the same graph.
    /// </summary>
    public IReadOnlyDictionary<string, Value> Bindings(string prefix) =>
        new[] { ($"{prefix}vpcId", VpcId), ($"{prefix}logsKeyArn", LogsKeyArn) }
            .Concat(PublicSubnets.Select((s, i) => ($"{prefix}publicSubnets[{i}].id", s.Id)))
            .Concat(PrivateSubnets.Select((s, i) => ($"{prefix}privateSubnets[{i}].id", s.Id)))
            .ToDictionary(p => p.Item1, p => p.Item2, StringComparer.Ordinal);
}
