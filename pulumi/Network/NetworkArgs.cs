using Pulumi;

namespace IrisStack.Pulumi;

/// <summary>Args of a <see cref="Network"/>: the settings of <c>iris-stack:network</c>, validated the same way.</summary>
public sealed class NetworkArgs : LayerArgs
{
    /// <summary>VPC IPv4 CIDR block, /16 to /24 (default 10.0.0.0/16).</summary>
    [Input("cidr")]
    public string? Cidr { get; set; }

    /// <summary>Number of availability zones, 2 to 6 (default 3).</summary>
    [Input("azCount")]
    public int? AzCount { get; set; }

    /// <summary>Zone names; default: the region name followed by a, b, c….</summary>
    [Input("availabilityZones")]
    public List<string>? AvailabilityZones { get; set; }

    /// <summary>NAT gateways: onePerAz (HA, default) or single (cheaper).</summary>
    [Input("natStrategy")]
    public string? NatStrategy { get; set; }

    /// <summary>Days CloudWatch keeps VPC flow logs (default 365).</summary>
    [Input("flowLogRetentionDays")]
    public int? FlowLogRetentionDays { get; set; }

    /// <summary>Explicit public subnet CIDRs, one per zone (default: planned from the VPC CIDR).</summary>
    [Input("publicSubnetCidrs")]
    public List<string>? PublicSubnetCidrs { get; set; }

    /// <summary>Explicit private subnet CIDRs, one per zone (default: planned from the VPC CIDR).</summary>
    [Input("privateSubnetCidrs")]
    public List<string>? PrivateSubnetCidrs { get; set; }
}
