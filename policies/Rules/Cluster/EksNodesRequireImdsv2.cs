using System.Collections.Immutable;
using IrisStack.Components.Graph;

namespace IrisStack.Policies.Rules.Cluster;

/// <summary>
/// Node groups launch from a launch template of the stack, so <see cref="Ec2Imdsv2Required"/>
/// (which checks every launch template) sees the nodes' metadata options.
/// </summary>
public sealed class EksNodesRequireImdsv2 : StackPolicy
{
    /// <inheritdoc />
    public override string Id => "eks-nodes-imdsv2";

    /// <inheritdoc />
    public override string Description => "Every node group launches from a launch template of the stack, so ec2-imdsv2-required checks that its nodes require IMDSv2 with a response hop limit of 1.";

    /// <inheritdoc />
    public override string Rationale => "Without a template of the stack, IMDSv2 and the hop limit are left to the AMI, and the node group's enableIMDSv2 sets a hop limit of 2, which lets every pod read the node role's credentials. Pods get AWS access through IRSA instead.";

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
        return groups.Count == 0
            ? PolicyOutcome.NotApplicable
            : PolicyOutcome.From(groups.Where(g => g.Template is null).Select(g => new Finding(g.Group.Name, "launchTemplate",
                "The node group uses no launch template of this stack, so IMDSv2 and the hop limit are left to the AMI (and enableIMDSv2 sets a hop limit of 2).",
                "Give it a launch template with metadataOptions { httpTokens: \"required\", httpPutResponseHopLimit: 1 }.")));
    }
}
