using System.Collections.Immutable;
using IrisStack.Components.Aws;
using IrisStack.Components.Cluster;
using IrisStack.Components.Data.Pki;
using IrisStack.Components.Graph;
using IrisStack.Components.Kubernetes;

namespace IrisStack.Components.Data.Iko;

/// <summary>
/// The InterSystems Kubernetes Operator: its namespace with the tier namespaces' Pod Security labels
/// and NetworkPolicies (<see cref="OperatorNetworkPolicies"/>), a containers.intersystems.com pull
/// Secret there and in the IRIS namespace, and the pinned Helm release after them.
/// </summary>
public static class IrisOperator
{
    /// <summary>The name of the pull Secret in both namespaces (the name InterSystems' examples use).</summary>
    public const string PullSecretName = "intersystems-pull-secret";

    /// <summary>Adds the operator, parented to <paramref name="parent"/> and named by <paramref name="scope"/>.</summary>
    /// <param name="graph">The graph to add to.</param>
    /// <param name="scope">The data component's scope.</param>
    /// <param name="context">The stack's project, for the standard labels.</param>
    /// <param name="config">The operator's settings.</param>
    /// <param name="names">The IrisCluster's names and namespace.</param>
    /// <param name="parent">The data component node.</param>
    /// <param name="iris">The Kubernetes provider, and the labels and <c>dependsOn</c> of objects in the IRIS namespace.</param>
    /// <param name="controlPlaneCidrs">The subnets that hold the control plane's network interfaces.</param>
    public static IrisOperatorOutputs Add(
        GraphBuilder graph,
        ComponentScope scope,
        StackContext context,
        OperatorConfig config,
        IrisClusterNames names,
        string parent,
        PkiSecretPlacement iris,
        IReadOnlyList<string> controlPlaneCidrs)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(names);
        ArgumentNullException.ThrowIfNull(iris);
        var provider = iris.Provider;
        var labels = KubernetesLabels.Standard(context)
            .SetItem("app.kubernetes.io/name", "iris-operator")
            .SetItem("app.kubernetes.io/component", "operator");
        var ns = KubernetesObjects.Add(graph, scope.Child("operator-ns"), "v1", "Namespace",
            KubernetesObjects.Metadata(config.Namespace, labels: TierNamespaceObjects.PodSecurityLabels(config.PodSecurity).Concat(labels),
                annotations: new Dictionary<string, string> { [TierNamespaceObjects.ReasonAnnotation] = config.PodSecurityReason }),
            MapValue.Empty, parent, provider);

        var dockerConfig = DockerConfigJson.Render(RegistryCredentials.Server, config.Registry);
        NodeRef PullSecret(string role, string @namespace, IEnumerable<KeyValuePair<string, string>> objectLabels, IEnumerable<string> dependsOn) =>
            KubernetesObjects.Add(graph, scope.Child(role), "v1", "Secret", KubernetesObjects.Metadata(PullSecretName, @namespace, objectLabels),
                MapValue.Of(("type", DockerConfigJson.SecretType), ("stringData", MapValue.Of((DockerConfigJson.Key, dockerConfig)))), parent, provider, dependsOn);
        var operatorPull = PullSecret("operator-pull-secret", config.Namespace, labels, [ns.Name]);
        var irisPull = PullSecret("pull-secret", names.Namespace, iris.Labels, iris.DependsOn);

        var policies = ImmutableArray.CreateBuilder<string>();
        var irisNodes = ImmutableArray.CreateBuilder<string>();
        irisNodes.Add(irisPull.Name);
        foreach (var policy in OperatorNetworkPolicies.Plan(config, names.Namespace, controlPlaneCidrs))
        {
            var inIris = policy.Namespace == names.Namespace;
            var node = KubernetesObjects.Add(graph, scope.Child($"{policy.Namespace}-{policy.Name}"), "networking.k8s.io/v1", "NetworkPolicy",
                KubernetesObjects.Metadata(policy.Name, policy.Namespace, inIris ? iris.Labels : labels),
                MapValue.Of(("spec", policy.Spec)), parent, provider, inIris ? iris.DependsOn : [ns.Name]);
            (inIris ? irisNodes : policies).Add(node.Name);
        }

        var release = graph.Resource("kubernetes:helm.sh/v3:Release", scope.Child("operator"), OperatorRelease.Inputs(config, PullSecretName), parent,
            new ResourceOptions { Provider = provider, DependsOn = [ns.Name, operatorPull.Name, .. policies] });
        return new IrisOperatorOutputs(release, PullSecretName, irisNodes.ToImmutable());
    }
}
