using System.Collections.Immutable;
using IrisStack.Components.Graph;

namespace IrisStack.Policies.Rules.Cluster;

/// <summary>Node volumes are encrypted with a customer-managed key through the node group's launch template.</summary>
public sealed class EksNodeVolumesEncrypted : StackPolicy
{
    /// <inheritdoc />
    public override string Id => "eks-node-volumes-encrypted";

    /// <inheritdoc />
    public override string Description => "Every node group's launch template encrypts each EBS volume it maps with a customer-managed KMS key.";

    /// <inheritdoc />
    public override string Rationale => "Node root volumes hold container images, logs and emptyDir data; encryption depends on the account default unless the template demands it, and a CMK keeps the key under the account's control.";

    /// <inheritdoc />
    public override string Layer => "cluster";

    /// <inheritdoc />
    public override ImmutableArray<string> PeerIds => ["AwsSolutions-EC26", "CKV_AWS_189", "aws-ec2-launchtemplate-disallow-unencrypted-block-device", "aws-ec2-launchtemplate-configure-customer-managed-key"];

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
        var mappings = (template?.Input("blockDeviceMappings") as ListValue)?.Items.OfType<MapValue>().ToList() ?? [];
        if (template is null || mappings.Count == 0)
        {
            yield return new Finding(template?.Name ?? group.Name, template is null ? "launchTemplate" : "blockDeviceMappings",
                "The node group's root volume is not declared, so its encryption and key are left to account defaults.",
                "Use a launch template whose blockDeviceMappings give the root device ebs { encrypted: \"true\", kmsKeyId: <CMK ARN> }.");
            yield break;
        }

        for (var i = 0; i < mappings.Count; i++)
        {
            // The launch template API takes encrypted as a string; accept a boolean too.
            if (mappings[i]["ebs"] is not MapValue ebs || ebs["encrypted"] is not (StringValue { Value: "true" } or BoolValue { Value: true }))
            {
                yield return new Finding(template.Name, $"blockDeviceMappings[{i}].ebs.encrypted", "The volume is not encrypted.", "Set ebs.encrypted: \"true\".");
            }
            else if (!ClusterTypes.IsSet(ebs["kmsKeyId"]))
            {
                yield return new Finding(template.Name, $"blockDeviceMappings[{i}].ebs.kmsKeyId", "The volume is encrypted with the AWS-managed key, not a customer-managed one.", "Set ebs.kmsKeyId to the cluster's CMK ARN.");
            }
        }
    }
}
