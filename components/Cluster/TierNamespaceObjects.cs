using System.Collections.Immutable;
using IrisStack.Components.Graph;
using IrisStack.Components.Kubernetes;
using IrisStack.Components.Network;

namespace IrisStack.Components.Cluster;

/// <summary>
/// The tier namespaces with their Pod Security Admission labels (the configured level enforced,
/// restricted always warned and audited) and the NetworkPolicies of <see cref="TierNetworkPolicies"/>.
/// </summary>
internal static class TierNamespaceObjects
{
    /// <summary>The annotation that records why a namespace enforces its Pod Security level.</summary>
    public const string ReasonAnnotation = "iris-stack/pod-security-reason";

    /// <summary>The label that names a namespace's tier group.</summary>
    public const string TierGroupLabel = "iris-stack/tier-group";

    public static (IReadOnlyDictionary<string, NodeRef> Nodes, TierChain Chain) Add(ClusterScope scope, NodeRef provider, NetworkOutputs network)
    {
        var config = scope.Config;
        var nodes = ImmutableSortedDictionary.CreateBuilder<string, NodeRef>(StringComparer.Ordinal);
        foreach (var spec in config.Namespaces)
        {
            nodes[spec.Name] = KubernetesObjects.Add(scope.Graph, scope.Name($"ns-{TierNodes.Value(spec.Group)}"), "v1", "Namespace",
                KubernetesObjects.Metadata(spec.Name, labels: PodSecurityLabels(spec.PodSecurity)
                    .Append(KeyValuePair.Create(TierGroupLabel, TierNodes.Value(spec.Group)))
                    .Concat(KubernetesLabels.Standard(scope.Context)), annotations: new Dictionary<string, string> { [ReasonAnnotation] = spec.Reason }),
                MapValue.Empty, scope.Component.Name, provider.Name);
        }

        var chain = TierChain.Plan(config.Ports, LoadBalancerSubnets(network));
        foreach (var policy in TierNetworkPolicies.Plan(chain, config.TierNamespaces))
        {
            KubernetesObjects.Add(scope.Graph, scope.Name($"{policy.Namespace}-{policy.Name}"), "networking.k8s.io/v1", "NetworkPolicy",
                KubernetesObjects.Metadata(policy.Name, policy.Namespace, labels: KubernetesLabels.Standard(scope.Context)),
                MapValue.Of(("spec", policy.Spec)), scope.Component.Name, provider.Name, [nodes[policy.Namespace].Name]);
        }

        return (nodes.ToImmutable(), chain);
    }

    // The edge layer's internal ALB sits in the private subnets, where CloudFront's VPC origin
    // reaches it; in IP target mode its nodes connect to the pods from addresses of those blocks.
    // The pods share them, so the rule admits other pods' addresses to the proxy port as well
    // (components/Edge/README.md, "Origin"): no narrower block holds the ALB's nodes.
    private static ImmutableArray<string> LoadBalancerSubnets(NetworkOutputs network) =>
        network.PrivateSubnets.IsEmpty ? [network.VpcCidr] : [.. network.PrivateSubnets.Select(s => s.Cidr)];

    /// <summary>
    /// The Pod Security Admission labels of a namespace that enforces <paramref name="level"/>:
    /// restricted is always warned and audited, so every gap of a baseline namespace is reported.
    /// </summary>
    public static IEnumerable<KeyValuePair<string, string>> PodSecurityLabels(PodSecurityLevel level) =>
    [
        KeyValuePair.Create("pod-security.kubernetes.io/enforce", Level(level)),
        KeyValuePair.Create("pod-security.kubernetes.io/enforce-version", "latest"),
        KeyValuePair.Create("pod-security.kubernetes.io/warn", "restricted"),
        KeyValuePair.Create("pod-security.kubernetes.io/warn-version", "latest"),
        KeyValuePair.Create("pod-security.kubernetes.io/audit", "restricted"),
        KeyValuePair.Create("pod-security.kubernetes.io/audit-version", "latest"),
    ];

    private static string Level(PodSecurityLevel level) => level switch
    {
        PodSecurityLevel.Restricted => "restricted",
        PodSecurityLevel.Baseline => "baseline",
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, "Unknown Pod Security level."),
    };
}
