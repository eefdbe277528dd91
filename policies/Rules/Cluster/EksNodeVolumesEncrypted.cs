using System.Collections.Immutable;
using IrisStack.Components.Graph;

namespace IrisStack.Policies.Rules.Cluster;

/// <summary>
/// Node groups declare their volumes: each launches from a launch template of the stack that maps
/// an EBS volume, so <see cref="EbsVolumeEncrypted"/> (which checks every launch template) sees the
/// node volumes' encryption instead of it being left to the AMI and the account.
/// </summary>
public sealed class EksNodeVolumesEncrypted : StackPolicy
{
    /// <inheritdoc />
    public override string Id => "eks-node-volumes-encrypted";

    /// <inheritdoc />
    public override string Description => "Every node group launches from a launch template of the stack whose blockDeviceMappings declare its EBS volumes, so ebs-volume-encrypted checks their encryption and key.";

    /// <inheritdoc />
    public override string Rationale => "Node root volumes hold container images, logs and emptyDir data; a node group without such a template gets the AMI's volumes, whose encryption depends on the account default and whose key the stack does not choose.";

    /// <inheritdoc />
    public override string Layer => "cluster";

    /// <inheritdoc />
    public override ImmutableArray<string> PeerIds => [];

    private static readonly ImmutableHashSet<string> ExaminedTypes = [.. ClusterTypes.NodeGroups, ClusterTypes.LaunchTemplate];

    /// <inheritdoc />
    public override bool Examines(string type) => ExaminedTypes.Contains(type);

    /// <inheritdoc />
    public override PolicyOutcome Evaluate(ResourceGraph graph, PolicyContext context)
    {
        var groups = NodeGroupLaunchTemplates.All(graph).ToList();
        return groups.Count == 0 ? PolicyOutcome.NotApplicable : PolicyOutcome.From(groups.SelectMany(g => Check(g.Group, g.Template)));
    }

    private static IEnumerable<Finding> Check(ResourceNode group, ResourceNode? template)
    {
        var mapsEbs = (template?.Input("blockDeviceMappings") as ListValue)?.Items.OfType<MapValue>().Any(m => m["ebs"] is MapValue) ?? false;
        if (template is null || !mapsEbs)
        {
            yield return new Finding(template?.Name ?? group.Name, template is null ? "launchTemplate" : "blockDeviceMappings",
                "The node group's root volume is not declared, so its encryption and key are left to account defaults.",
                "Use a launch template whose blockDeviceMappings give the root device ebs { encrypted: \"true\", kmsKeyId: <CMK ARN> }.");
        }
    }
}
