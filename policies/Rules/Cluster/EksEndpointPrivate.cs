using System.Collections.Immutable;
using IrisStack.Components.Graph;

namespace IrisStack.Policies.Rules.Cluster;

/// <summary>The EKS API endpoint is private; the public endpoint is off or limited to admin CIDRs.</summary>
public sealed class EksEndpointPrivate : ResourcePolicy
{
    /// <inheritdoc />
    public override string Id => "eks-endpoint-private";

    /// <inheritdoc />
    public override string Description => "The EKS API endpoint is private; the public endpoint is off, or open only to listed admin CIDRs (never 0.0.0.0/0).";

    /// <inheritdoc />
    public override string Rationale => "An API endpoint reachable from the internet exposes the cluster's control plane to credential stuffing and to every Kubernetes API vulnerability; EKS opens it to 0.0.0.0/0 unless told otherwise.";

    /// <inheritdoc />
    public override string Layer => "cluster";

    /// <inheritdoc />
    public override ImmutableArray<string> PeerIds => ["CKV_AWS_38", "CKV_AWS_39", "AwsSolutions-EKS1", "aws-eks-cluster-disallow-api-endpoint-public-access", "C-0227", "C-0228"];

    /// <inheritdoc />
    public override ImmutableHashSet<string> ResourceTypes => ClusterTypes.Clusters;

    /// <inheritdoc />
    protected override IEnumerable<Finding> Check(ResourceNode node, PolicyContext context)
    {
        // pulumi-eks takes the settings at the top level; the AWS resource nests them in vpcConfig.
        var prefix = node.Type == ClusterTypes.EksCluster ? "vpcConfig." : string.Empty;
        if (node.Input(prefix + "endpointPrivateAccess") is not BoolValue { Value: true })
        {
            yield return Violation(node, prefix + "endpointPrivateAccess", "The private API endpoint must be enabled (it defaults to off).", "Set endpointPrivateAccess: true.");
        }

        // Both default to public access from anywhere when unset.
        if (node.Input(prefix + "endpointPublicAccess") is BoolValue { Value: false })
        {
            yield break;
        }

        var cidrs = (node.Input(prefix + "publicAccessCidrs") as ListValue)?.Items.OfType<StringValue>().Select(s => s.Value).ToList() ?? [];
        if (cidrs.Count == 0)
        {
            yield return Violation(node, prefix + "endpointPublicAccess", "The public API endpoint is on without publicAccessCidrs, so it is open to 0.0.0.0/0.",
                "Set endpointPublicAccess: false, or list admin networks in publicAccessCidrs (iris-stack:cluster.endpointPublicAccessCidrs).");
        }
        else if (cidrs.FirstOrDefault(ClusterTypes.IsOpenToWorld) is { } open)
        {
            yield return Violation(node, prefix + "publicAccessCidrs", $"publicAccessCidrs includes {open}, which opens the API endpoint to the internet.",
                "List only admin networks, or turn the public endpoint off.");
        }
    }
}
