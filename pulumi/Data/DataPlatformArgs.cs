using Pulumi;

namespace IrisStack.Pulumi;

/// <summary>
/// Where in a cluster a <see cref="Data"/> component runs. From a <see cref="IrisStack.Pulumi.Cluster"/>
/// it also hands over that cluster's Kubernetes provider and IRIS namespace; otherwise pass a
/// provider in the component's <c>providers</c> option.
/// </summary>
public sealed class DataPlatformArgs : ResourceArgs
{
    /// <summary>Namespace IRIS runs in (default iris); Pod Security and default-deny are the cluster's job.</summary>
    [Input("namespace")]
    public string? Namespace { get; set; }

    /// <summary>The encrypted StorageClass of every IRIS volume (default gp3-encrypted).</summary>
    [Input("storageClassName")]
    public string? StorageClassName { get; set; }

    /// <summary>Whether a node group is dedicated to IRIS (labelled and tainted as the cluster layer does); the IRIS pods then select and tolerate it (default false).</summary>
    [Input("dedicatedNodes")]
    public bool? DedicatedNodes { get; set; }

    /// <summary>The cluster's availability zones, in order: the data members go in the first (two), the arbiter in the third. Required.</summary>
    [Input("zones")]
    public List<string>? Zones { get; set; }

    /// <summary>CIDR blocks of the subnets holding the cluster's control-plane network interfaces (EKS: the cluster's subnets); the operator reaches the Kubernetes API through them. Required.</summary>
    [Input("controlPlaneCidrs")]
    public List<string>? ControlPlaneCidrs { get; set; }

    /// <summary>The ARN of the cluster's IAM OIDC provider, which the export role's IRSA trust policy names. Required unless the args come from an IrisStack Cluster, which binds its own.</summary>
    [Input("oidcProviderArn")]
    public Input<string>? OidcProviderArn { get; set; }

    /// <summary>The cluster's OIDC issuer URL without https://, the prefix of the IRSA trust policy's condition keys. Required unless the args come from an IrisStack Cluster, which binds its own.</summary>
    [Input("oidcIssuer")]
    public Input<string>? OidcIssuer { get; set; }

    /// <summary>The IrisStack cluster these args came from, whose provider and namespace the IRIS cluster uses.</summary>
    internal Cluster? From { get; private init; }

    /// <summary>
    /// Where a <see cref="IrisStack.Pulumi.Cluster"/> component runs IRIS: its IRIS tier namespace,
    /// and, when it was built from args, its StorageClass, whether one of its node groups is
    /// dedicated to IRIS, and its private subnets' zones and CIDR blocks (where EKS puts the control plane's interfaces).
    /// </summary>
    public static implicit operator DataPlatformArgs(Cluster cluster)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        return new DataPlatformArgs
        {
            Namespace = cluster.Layer.Namespaces.Iris,
            StorageClassName = cluster.DataPlacement?.StorageClassName,
            DedicatedNodes = cluster.DataPlacement?.DedicatedNodes,
            Zones = cluster.Zones.IsDefaultOrEmpty ? null : [.. cluster.Zones],
            ControlPlaneCidrs = cluster.DataPlacement is { } placement ? [.. placement.ControlPlaneCidrs] : null,
            From = cluster,
        };
    }

    /// <summary>Where a <see cref="IrisStack.Pulumi.Cluster"/> component runs IRIS (CA2225's named alternative to the conversion).</summary>
    public static DataPlatformArgs FromCluster(Cluster cluster) => cluster;
}
