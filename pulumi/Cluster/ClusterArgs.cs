using Pulumi;

namespace IrisStack.Pulumi;

/// <summary>Args of a <see cref="Cluster"/>: the network it goes in and the settings of <c>iris-stack:cluster</c>, validated the same way.</summary>
public sealed class ClusterArgs : LayerArgs
{
    /// <summary>The network the cluster goes in: a <see cref="IrisStack.Pulumi.Network"/> (it converts), or your own VPC.</summary>
    [Input("network", required: true)]
    public ClusterNetworkArgs Network { get; set; } = null!;

    /// <summary>EKS Kubernetes minor version (default 1.33).</summary>
    [Input("kubernetesVersion")]
    public string? KubernetesVersion { get; set; }

    /// <summary>Admin networks allowed on the public API endpoint; empty keeps the endpoint private only.</summary>
    [Input("endpointPublicAccessCidrs")]
    public List<string>? EndpointPublicAccessCidrs { get; set; }

    /// <summary>IAM roles granted cluster admin through EKS access entries.</summary>
    [Input("adminRoleArns")]
    public List<string>? AdminRoleArns { get; set; }

    /// <summary>Days CloudWatch keeps the EKS control-plane logs (default 365).</summary>
    [Input("controlPlaneLogRetentionDays")]
    public int? ControlPlaneLogRetentionDays { get; set; }

    /// <summary>Managed node groups (default: one general group).</summary>
    [Input("nodeGroups")]
    public List<NodeGroupArgs>? NodeGroups { get; set; }

    /// <summary>Tier namespaces: name and Pod Security level per tier group.</summary>
    [Input("namespaces")]
    public TierNamespacesArgs? Namespaces { get; set; }

    /// <summary>Ports of the tier chain that the NetworkPolicies open.</summary>
    [Input("ports")]
    public TierPortsArgs? Ports { get; set; }

    /// <summary>The encrypted default StorageClass.</summary>
    [Input("storage")]
    public StorageArgs? Storage { get; set; }

    /// <summary>AWS Load Balancer Controller chart and the defaults it enforces.</summary>
    [Input("loadBalancerController")]
    public LoadBalancerControllerArgs? LoadBalancerController { get; set; }
}
