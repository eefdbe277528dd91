using System.Collections.Immutable;
using IrisStack.Components.Graph;

namespace IrisStack.Components.Cluster;

/// <summary>What the workload layers use of the cluster layer.</summary>
/// <param name="Component">The cluster component node.</param>
/// <param name="KubernetesProvider">The Kubernetes provider node every Kubernetes node must name in its <c>provider</c> option.</param>
/// <param name="Namespaces">The tier namespaces (already created, with default-deny and the tier-chain allow policies).</param>
/// <param name="NamespaceNodes">The namespace nodes by namespace name, for <c>dependsOn</c>.</param>
/// <param name="StorageClassName">The encrypted default StorageClass.</param>
/// <param name="SecretsKey">The customer-managed KMS key of the cluster (secrets envelope encryption, volumes).</param>
/// <param name="OidcProviderArn">The IAM OIDC provider's ARN, for IRSA trust policies.</param>
/// <param name="OidcProviderUrl">The OIDC issuer URL without https://, for IRSA conditions.</param>
public sealed record ClusterOutputs(
    NodeRef Component,
    NodeRef KubernetesProvider,
    TierNamespaces Namespaces,
    IReadOnlyDictionary<string, NodeRef> NamespaceNodes,
    string StorageClassName,
    NodeRef SecretsKey,
    Value OidcProviderArn,
    Value OidcProviderUrl)
{
    /// <summary>The EKS cluster's name (fixed, so add-ons, charts and log groups can name it).</summary>
    public string ClusterName { get; init; } = string.Empty;

    /// <summary>The <c>eks:index:Cluster</c> node, for <c>dependsOn</c>.</summary>
    public NodeRef? EksCluster { get; init; }

    /// <summary>The kubeconfig of the cluster as a secret (the EKS component's <c>kubeconfigJson</c>).</summary>
    public Value Kubeconfig { get; init; } = NullValue.Instance;

    /// <summary>The managed node group nodes: workloads that must wait for capacity depend on them.</summary>
    public ImmutableArray<NodeRef> NodeGroups { get; init; } = [];

    /// <summary>The allowed traffic between tiers (and its ports) that the NetworkPolicies implement.</summary>
    public TierChain TierChain { get; init; } = TierChain.Plan(TierPorts.Default, []);
}
