using Pulumi;

namespace IrisStack.Pulumi;

/// <summary>One managed node group of a <see cref="Cluster"/>.</summary>
public sealed class NodeGroupArgs : ResourceArgs
{
    /// <summary>The group's name: lower-case letters, digits and dashes, at most 24 characters.</summary>
    [Input("name", required: true)]
    public string Name { get; set; } = null!;

    /// <summary>EC2 instance types, all x86 or all Graviton.</summary>
    [Input("instanceTypes")]
    public List<string>? InstanceTypes { get; set; }

    /// <summary>Fewest nodes (default 2).</summary>
    [Input("minSize")]
    public int? MinSize { get; set; }

    /// <summary>Most nodes (default 4).</summary>
    [Input("maxSize")]
    public int? MaxSize { get; set; }

    /// <summary>Nodes at creation (default: minSize).</summary>
    [Input("desiredSize")]
    public int? DesiredSize { get; set; }

    /// <summary>Encrypted gp3 root volume size in GiB (default 50).</summary>
    [Input("diskSizeGiB")]
    public int? DiskSizeGiB { get; set; }

    /// <summary>Tier group whose pods alone run here (apiGateway, webGateway or iris): a label and a NoSchedule taint.</summary>
    [Input("dedicatedTo")]
    public string? DedicatedTo { get; set; }
}
