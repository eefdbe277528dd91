using IrisStack.Components.Graph;

namespace IrisStack.Components.Cluster;

/// <summary>
/// What the workload layers and the blueprint use of the cluster layer. Every output is positional,
/// so a producer (or a test double) cannot leave one unwired.
/// </summary>
/// <param name="ClusterName">The EKS cluster's name (fixed, so add-ons, charts and log groups can name it).</param>
/// <param name="KubernetesProvider">The Kubernetes provider node every Kubernetes node must name in its <c>provider</c> option.</param>
/// <param name="Namespaces">The tier namespaces (already created, with default-deny and the tier-chain allow policies).</param>
/// <param name="NamespaceNodes">The namespace nodes by namespace name, for <c>dependsOn</c>.</param>
/// <param name="TierChain">The allowed traffic between tiers (and its ports) that the NetworkPolicies implement.</param>
/// <param name="Kubeconfig">The kubeconfig of the cluster as a secret (the EKS component's <c>kubeconfigJson</c>).</param>
/// <param name="OidcProviderArn">The IAM OIDC provider's ARN, for IRSA trust policies.</param>
public sealed record ClusterOutputs(
    string ClusterName,
    NodeRef KubernetesProvider,
    TierNamespaces Namespaces,
    IReadOnlyDictionary<string, NodeRef> NamespaceNodes,
    TierChain TierChain,
    Value Kubeconfig,
    Value OidcProviderArn);
