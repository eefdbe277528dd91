using System.Collections.Immutable;
using IrisStack.Components.Collections;
using IrisStack.Components.Graph;

namespace IrisStack.Components.Cluster;

/// <summary>
/// What the workload layers and the blueprint use of the cluster layer. Every output is positional,
/// so a producer (or a test double) cannot leave one unwired.
/// </summary>
/// <param name="ClusterName">The EKS cluster's name (fixed, so add-ons, charts and log groups can name it).</param>
/// <param name="KubernetesProvider">
/// The Kubernetes provider node that Kubernetes nodes name in their <c>provider</c> option; null
/// when a component is given a cluster: its nodes then name none and inherit the provider the
/// component is given (Pulumi's <c>providers</c> option), as any Pulumi child does.
/// </param>
/// <param name="Namespaces">The tier namespaces (already created, with default-deny and the tier-chain allow policies).</param>
/// <param name="NamespaceNodes">The nodes that create each namespace, by namespace name, for <c>dependsOn</c>; empty when the namespaces are created outside the graph.</param>
/// <param name="TierChain">The allowed traffic between tiers (and its ports) that the NetworkPolicies implement.</param>
/// <param name="Kubeconfig">The kubeconfig of the cluster as a secret (the EKS component's <c>kubeconfigJson</c>).</param>
/// <param name="OidcProviderArn">The IAM OIDC provider's ARN, for IRSA trust policies.</param>
public sealed record ClusterOutputs(
    string ClusterName,
    string? KubernetesProvider,
    TierNamespaces Namespaces,
    EquatableSortedDictionary<string, string> NamespaceNodes,
    TierChain TierChain,
    Value Kubeconfig,
    Value OidcProviderArn)
{
    /// <summary>
    /// A cluster that exists outside the graph, as a workload component sees it: the namespaces and
    /// ports are plain (they decide names and listeners), Kubernetes nodes inherit the provider
    /// the component is given, and the kubeconfig and OIDC provider ARN are the external inputs
    /// <c>kubeconfig</c> and <c>oidcProviderArn</c>.
    /// </summary>
    public static ClusterOutputs External(string clusterName, TierNamespaces namespaces, TierChain tierChain) => new(
        clusterName,
        null,
        namespaces,
        ImmutableSortedDictionary<string, string>.Empty.WithComparers(StringComparer.Ordinal),
        tierChain,
        new SecretValue(new ExternalInput("kubeconfig")),
        new ExternalInput("oidcProviderArn"));
}
