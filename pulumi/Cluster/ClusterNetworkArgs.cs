using Pulumi;

namespace IrisStack.Pulumi;

/// <summary>
/// The network a <see cref="Cluster"/> goes in. CIDRs and zones are plain, because they decide
/// rules and defaults; ids and the logs key pass through as inputs.
/// </summary>
public sealed class ClusterNetworkArgs : ResourceArgs
{
    /// <summary>The VPC's id.</summary>
    [Input("vpcId", required: true)]
    public Input<string> VpcId { get; set; } = null!;

    /// <summary>The VPC's IPv4 CIDR block.</summary>
    [Input("vpcCidr", required: true)]
    public string VpcCidr { get; set; } = null!;

    /// <summary>Public subnets, where load balancers go.</summary>
    [Input("publicSubnets")]
    public List<SubnetArgs>? PublicSubnets { get; set; }

    /// <summary>Private subnets, in at least two zones: the control plane and the nodes.</summary>
    [Input("privateSubnets", required: true)]
    public List<SubnetArgs> PrivateSubnets { get; set; } = null!;

    /// <summary>ARN of the customer-managed KMS key that encrypts log groups.</summary>
    [Input("logsKeyArn", required: true)]
    public Input<string> LogsKeyArn { get; set; } = null!;

    /// <summary>The network a <see cref="IrisStack.Pulumi.Network"/> component built.</summary>
    public static implicit operator ClusterNetworkArgs(Network network)
    {
        ArgumentNullException.ThrowIfNull(network);
        var layer = network.Layer;
        return new ClusterNetworkArgs
        {
            VpcId = network.VpcId,
            VpcCidr = layer.VpcCidr,
            PublicSubnets = [.. layer.PublicSubnets.Select((s, i) => new SubnetArgs { Id = network.PublicSubnetIds.Apply(ids => ids[i]), AvailabilityZone = s.Zone, Cidr = s.Cidr })],
            PrivateSubnets = [.. layer.PrivateSubnets.Select((s, i) => new SubnetArgs { Id = network.PrivateSubnetIds.Apply(ids => ids[i]), AvailabilityZone = s.Zone, Cidr = s.Cidr })],
            LogsKeyArn = network.LogsKeyArn,
        };
    }

    /// <summary>The network a <see cref="IrisStack.Pulumi.Network"/> component built (CA2225's named alternative to the conversion).</summary>
    public static ClusterNetworkArgs FromNetwork(Network network) => network;
}
