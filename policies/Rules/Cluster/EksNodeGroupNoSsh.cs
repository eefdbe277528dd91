using System.Collections.Immutable;
using IrisStack.Components.Graph;

namespace IrisStack.Policies.Rules.Cluster;

/// <summary>Nodes have no SSH access: no remote access block on the node group, no key pair in its launch template.</summary>
public sealed class EksNodeGroupNoSsh : StackPolicy
{
    /// <inheritdoc />
    public override string Id => "eks-node-group-no-ssh";

    /// <inheritdoc />
    public override string Description => "Node groups allow no SSH: no remoteAccess and no key pair in the launch template.";

    /// <inheritdoc />
    public override string Rationale => "remoteAccess without source security groups opens port 22 to 0.0.0.0/0; nodes are cattle, debugged through the API (or SSM) rather than SSH.";

    /// <inheritdoc />
    public override string Layer => "cluster";

    /// <inheritdoc />
    public override ImmutableArray<string> PeerIds => ["CKV_AWS_100"];

    private static readonly ImmutableHashSet<string> ExaminedTypes = [.. ClusterTypes.NodeGroups, ClusterTypes.LaunchTemplate];

    /// <inheritdoc />
    public override bool Examines(string type) => ExaminedTypes.Contains(type);

    /// <inheritdoc />
    public override PolicyOutcome Evaluate(ResourceGraph graph, PolicyContext context)
    {
        var groups = NodeGroupLaunchTemplates.All(graph).ToList();
        if (groups.Count == 0)
        {
            return PolicyOutcome.NotApplicable;
        }

        var findings = new List<Finding>();
        foreach (var (group, template) in groups)
        {
            if (group.Input("remoteAccess") is MapValue)
            {
                findings.Add(new Finding(group.Name, "remoteAccess", "The node group enables SSH access.", "Remove remoteAccess."));
            }

            if (template is not null && ClusterTypes.IsSet(template.Input("keyName")))
            {
                findings.Add(new Finding(template.Name, "keyName", "The launch template installs an SSH key pair.", "Remove keyName."));
            }
        }

        return PolicyOutcome.From(findings);
    }
}
