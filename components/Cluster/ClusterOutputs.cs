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
/// <param name="OidcIssuer">The cluster's OIDC issuer URL without <c>https://</c>, the prefix of the IRSA trust policies' condition keys.</param>
public sealed record ClusterOutputs(
    string ClusterName,
    string? KubernetesProvider,
    TierNamespaces Namespaces,
    EquatableSortedDictionary<string, string> NamespaceNodes,
    TierChain TierChain,
    Value Kubeconfig,
    Value OidcProviderArn,
    Value OidcIssuer)
{
    /// <summary>
    /// A cluster that exists outside the graph, as a workload component sees it: the namespaces and
    /// ports are plain (they decide names and listeners), Kubernetes nodes inherit the provider
    /// the component is given, and the kubeconfig, OIDC provider ARN and issuer are the external inputs
    /// <c>{prefix}kubeconfig</c>, <c>{prefix}oidcProviderArn</c> and <c>{prefix}oidcIssuer</c>.
    /// </summary>
    public static ClusterOutputs External(string prefix, string clusterName, TierNamespaces namespaces, TierChain tierChain) => new(
        clusterName,
        null,
        namespaces,
        ImmutableSortedDictionary<string, string>.Empty.WithComparers(StringComparer.Ordinal),
        tierChain,
        new SecretValue(new ExternalInput($"{prefix}kubeconfig")),
        new ExternalInput($"{prefix}oidcProviderArn"),
        new ExternalInput($"{prefix}oidcIssuer"));

    /// <summary>
    /// A cluster built by another component of the same program, whose Kubernetes provider and
    /// namespace are handed over as resources: Kubernetes nodes name the external provider
    /// <c>{prefix}kubernetesProvider</c> and wait for the external namespace
    /// <c>{prefix}namespaces.{workloadNamespace}</c>, as they would in one graph. Declares both in
    /// <paramref name="graph"/>; only the namespace the workload runs in, so the cluster's other
    /// namespaces may be named anything.
    /// </summary>
    public static ClusterOutputs ExternalWithResources(GraphBuilder graph, string prefix, string clusterName, TierNamespaces namespaces, TierChain tierChain, string workloadNamespace)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var external = External(prefix, clusterName, namespaces, tierChain);
        var names = ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, [KeyValuePair.Create(workloadNamespace, graph.External($"{prefix}namespaces.{workloadNamespace}"))]);
        return external with { KubernetesProvider = graph.External($"{prefix}kubernetesProvider"), NamespaceNodes = names };
    }

    /// <summary>
    /// The nodes that the external resources of <see cref="ExternalWithResources"/> stand for in this
    /// cluster: the same names mapped to this record's provider and namespace nodes.
    /// </summary>
    public IReadOnlyDictionary<string, string> ResourceBindings(string prefix) =>
        NamespaceNodes.Select(n => ($"{prefix}namespaces.{n.Key}", n.Value))
            .Concat(KubernetesProvider is { } provider ? [($"{prefix}kubernetesProvider", provider)] : [])
            .ToDictionary(p => p.Item1, p => p.Item2, StringComparer.Ordinal);
}
