using System.Collections.Immutable;
using IrisStack.Components.Graph;
using IrisStack.Components.Kubernetes;

namespace IrisStack.Policies.Rules.Cluster;

/// <summary>The type tokens the cluster policies look at, and small readers shared between them.</summary>
internal static class ClusterTypes
{
    public const string EksComponent = "eks:index:Cluster";
    public const string EksCluster = "aws:eks/cluster:Cluster";
    public const string ManagedNodeGroup = "eks:index:ManagedNodeGroup";
    public const string NodeGroup = "aws:eks/nodeGroup:NodeGroup";
    public const string LaunchTemplate = "aws:ec2/launchTemplate:LaunchTemplate";
    public const string LaunchConfiguration = "aws:ec2/launchConfiguration:LaunchConfiguration";
    public const string Instance = "aws:ec2/instance:Instance";
    public const string Volume = "aws:ebs/volume:Volume";
    public const string Addon = "aws:eks/addon:Addon";
    public const string Namespace = "kubernetes:core/v1:Namespace";
    public const string NetworkPolicy = "kubernetes:networking.k8s.io/v1:NetworkPolicy";
    public const string StorageClass = "kubernetes:storage.k8s.io/v1:StorageClass";
    public const string StorageClassPatch = "kubernetes:storage.k8s.io/v1:StorageClassPatch";
    public const string HelmRelease = "kubernetes:helm.sh/v3:Release";
    public const string Role = "aws:iam/role:Role";

    /// <summary>The EKS cluster in either form: pulumi-eks's component or the plain AWS resource.</summary>
    public static readonly ImmutableHashSet<string> Clusters = [EksComponent, EksCluster];

    /// <summary>Managed node groups in either form.</summary>
    public static readonly ImmutableHashSet<string> NodeGroups = [ManagedNodeGroup, NodeGroup];

    /// <summary>A load balancer listener under each of the provider's tokens for it (aws:lb is aliased to the other two).</summary>
    public static readonly ImmutableHashSet<string> Listeners = ["aws:lb/listener:Listener", "aws:alb/listener:Listener", "aws:elasticloadbalancingv2/listener:Listener"];

    /// <summary>The annotation that marks the default StorageClass.</summary>
    public const string DefaultClassAnnotation = "storageclass.kubernetes.io/is-default-class";

    /// <summary>The EBS provisioners (CSI and the removed in-tree one).</summary>
    public static readonly ImmutableHashSet<string> EbsProvisioners = ["ebs.csi.aws.com", "kubernetes.io/aws-ebs"];

    /// <summary>A text input's value, or null.</summary>
    public static string? Text(ResourceNode node, string path) => (node.Input(path) as StringValue)?.Value;

    /// <summary>Whether an input holds a usable value: a non-empty string, a reference or an interpolation.</summary>
    public static bool IsSet(Value? value) => value switch
    {
        StringValue s => !string.IsNullOrWhiteSpace(s.Value),
        OutputReference or InterpolationValue => true,
        SecretValue s => IsSet(s.Inner),
        _ => false,
    };

    /// <summary>A CIDR that opens to every address (IPv4 or IPv6).</summary>
    public static bool IsOpenToWorld(string cidr) => cidr.Trim() is "0.0.0.0/0" or "::/0";

    /// <summary>The node a reference-valued input points at, if it is in the graph.</summary>
    public static ResourceNode? Referenced(ResourceGraph graph, Value? value) => value switch
    {
        OutputReference r => graph.Find(r.Node),
        InterpolationValue i => i.Parts.OfType<OutputReference>().Select(r => graph.Find(r.Node)).FirstOrDefault(n => n is not null),
        _ => null,
    };

    /// <summary>
    /// The namespace an object's namespace input names: unset is the default namespace; a reference to
    /// a Namespace of the graph is that namespace's name; anything else is not known (null).
    /// </summary>
    public static string? NamespaceName(ResourceGraph graph, Value? value) => value switch
    {
        null or StringValue { Value: "" } => KubernetesScopes.DefaultNamespace,
        StringValue { Value: var name } => name,
        _ => Referenced(graph, value) is { Type: Namespace } ns ? Text(ns, "metadata.name") : null,
    };

    /// <summary>
    /// Every namespaced Kubernetes object (patches aside) and Helm release of the graph, with the
    /// input that names its namespace (<c>metadata.namespace</c>, or a release's <c>namespace</c>)
    /// and that input's value (null when unset: the object lands in the default namespace).
    /// </summary>
    public static IEnumerable<(ResourceNode Node, string Path, Value? Namespace)> NamespacedObjects(ResourceGraph graph)
    {
        foreach (var node in graph.Nodes.Where(n => n.Type.StartsWith(KubernetesObjects.TokenPrefix, StringComparison.Ordinal)))
        {
            if (node.Type.StartsWith(KubernetesObjects.TokenPrefix + "helm.sh/", StringComparison.Ordinal))
            {
                yield return (node, "namespace", node.Input("namespace"));
            }
            else if (Text(node, "kind") is { } kind && KubernetesScopes.IsNamespaced(kind) && !KubernetesObjects.IsPatch(node))
            {
                yield return (node, "metadata.namespace", node.Input("metadata.namespace"));
            }
        }
    }
}
