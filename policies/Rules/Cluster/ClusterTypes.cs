using System.Collections.Immutable;
using IrisStack.Components.Graph;

namespace IrisStack.Policies.Rules.Cluster;

/// <summary>The type tokens the cluster policies look at, and small readers shared between them.</summary>
internal static class ClusterTypes
{
    public const string EksComponent = "eks:index:Cluster";
    public const string EksCluster = "aws:eks/cluster:Cluster";
    public const string ManagedNodeGroup = "eks:index:ManagedNodeGroup";
    public const string NodeGroup = "aws:eks/nodeGroup:NodeGroup";
    public const string LaunchTemplate = "aws:ec2/launchTemplate:LaunchTemplate";
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
}
