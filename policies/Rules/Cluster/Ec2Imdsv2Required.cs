using System.Collections.Immutable;
using IrisStack.Components.Graph;

namespace IrisStack.Policies.Rules.Cluster;

/// <summary>
/// Every launch template, launch configuration and instance requires IMDSv2 with a response hop
/// limit of 1 (or turns the metadata service off), whether a node group uses it or not.
/// </summary>
public sealed class Ec2Imdsv2Required : ResourcePolicy
{
    /// <inheritdoc />
    public override string Id => "ec2-imdsv2-required";

    /// <inheritdoc />
    public override string Description => "Every EC2 instance, launch template and launch configuration sets metadataOptions httpTokens \"required\" (IMDSv2) and httpPutResponseHopLimit 1, or httpEndpoint \"disabled\".";

    /// <inheritdoc />
    public override string Rationale => "IMDSv1 lets any SSRF read the instance role's credentials; a hop limit above 1 lets every container on the instance (every pod, on a node) do the same. Pods get AWS access through IRSA instead. Unset options leave both to the AMI and the account defaults.";

    /// <inheritdoc />
    public override string Layer => "cluster";

    /// <inheritdoc />
    public override ImmutableArray<string> PeerIds => ["CKV_AWS_79", "CKV_AWS_341", "EC2IMDSv2Enabled"];

    /// <inheritdoc />
    public override ImmutableDictionary<string, string> PartialPeers => ImmutableDictionary<string, string>.Empty
        .Add("EC2IMDSv2Enabled", "Auto Scaling groups are covered through the stack's launch templates and configurations; one launching from a template outside the stack is not checked");

    /// <inheritdoc />
    public override ImmutableHashSet<string> ResourceTypes => [ClusterTypes.LaunchTemplate, ClusterTypes.LaunchConfiguration, ClusterTypes.Instance];

    /// <inheritdoc />
    protected override IEnumerable<Finding> Check(ResourceNode node, PolicyContext context)
    {
        // With the endpoint off there is no metadata to steal, whatever the other options say.
        if (node.Input("metadataOptions.httpEndpoint") is StringValue { Value: "disabled" })
        {
            yield break;
        }

        // An instance's own options override its launch template's, so they are what it runs with.
        var where = node.Type == ClusterTypes.Instance ? "on the instance" : "in metadataOptions";
        if (node.Input("metadataOptions.httpTokens") is not StringValue { Value: "required" })
        {
            yield return Violation(node, "metadataOptions.httpTokens", "IMDSv2 session tokens are not required, so IMDSv1 answers any request for the role's credentials.",
                $"Set metadataOptions.httpTokens: \"required\" {where}.");
        }

        if (node.Input("metadataOptions.httpPutResponseHopLimit") is not NumberValue { Value: 1 })
        {
            yield return Violation(node, "metadataOptions.httpPutResponseHopLimit", "The metadata response hop limit is not set to 1, so containers on the instance can reach its credentials.",
                $"Set metadataOptions.httpPutResponseHopLimit: 1 {where}.");
        }
    }
}
