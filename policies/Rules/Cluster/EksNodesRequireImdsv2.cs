using System.Collections.Immutable;
using IrisStack.Components.Graph;

namespace IrisStack.Policies.Rules.Cluster;

/// <summary>Node groups launch from a template that requires IMDSv2 with a hop limit of 1.</summary>
public sealed class EksNodesRequireImdsv2 : StackPolicy
{
    /// <inheritdoc />
    public override string Id => "eks-nodes-imdsv2";

    /// <inheritdoc />
    public override string Description => "Every node group uses a launch template that requires IMDSv2 (httpTokens required) with a response hop limit of 1.";

    /// <inheritdoc />
    public override string Rationale => "IMDSv1 lets any SSRF read the node role's credentials; a hop limit above 1 lets every pod do the same through the node. Pods get AWS access through IRSA instead.";

    /// <inheritdoc />
    public override string Layer => "cluster";

    /// <inheritdoc />
    public override ImmutableArray<string> PeerIds => ["CKV_AWS_79", "CKV_AWS_341", "EC2IMDSv2Enabled"];

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
        if (template is null)
        {
            yield return new Finding(group.Name, "launchTemplate",
                "The node group uses no launch template of this stack, so IMDSv2 and the hop limit are left to the AMI (and enableIMDSv2 sets a hop limit of 2).",
                "Give it a launch template with metadataOptions { httpTokens: \"required\", httpPutResponseHopLimit: 1 }.");
            yield break;
        }

        if (template.Input("metadataOptions.httpTokens") is not StringValue { Value: "required" })
        {
            yield return new Finding(template.Name, "metadataOptions.httpTokens", "The launch template does not require IMDSv2 tokens.", "Set metadataOptions.httpTokens: \"required\".");
        }

        if (template.Input("metadataOptions.httpPutResponseHopLimit") is not NumberValue { Value: 1 })
        {
            yield return new Finding(template.Name, "metadataOptions.httpPutResponseHopLimit", "The metadata response hop limit is not 1, so pods can reach the node's credentials.",
                "Set metadataOptions.httpPutResponseHopLimit: 1.");
        }
    }
}
