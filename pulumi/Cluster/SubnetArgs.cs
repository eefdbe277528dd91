using Pulumi;

namespace IrisStack.Pulumi;

/// <summary>One subnet a <see cref="Cluster"/> uses.</summary>
public sealed class SubnetArgs : ResourceArgs
{
    /// <summary>The subnet's id.</summary>
    [Input("id", required: true)]
    public Input<string> Id { get; set; } = null!;

    /// <summary>The subnet's availability zone.</summary>
    [Input("availabilityZone", required: true)]
    public string AvailabilityZone { get; set; } = null!;

    /// <summary>The subnet's IPv4 CIDR block.</summary>
    [Input("cidr", required: true)]
    public string Cidr { get; set; } = null!;
}
