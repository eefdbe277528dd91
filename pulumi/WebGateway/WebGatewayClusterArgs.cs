using Pulumi;

namespace IrisStack.Pulumi;

/// <summary>
/// Where in a cluster a <see cref="WebGateway"/> runs. From a <see cref="IrisStack.Pulumi.Cluster"/>
/// it also hands over that cluster's Kubernetes provider and namespace; otherwise pass a provider in
/// the component's <c>providers</c> option.
/// </summary>
public sealed class WebGatewayClusterArgs : ResourceArgs
{
    /// <summary>Namespace the gateway runs in (default iris-web-gateway).</summary>
    [Input("namespace")]
    public string? Namespace { get; set; }

    /// <summary>Pod port the tier NetworkPolicy admits from the API gateway (default 8443).</summary>
    [Input("port")]
    public int? Port { get; set; }

    /// <summary>The IrisStack cluster these args came from, whose provider and namespace the gateway uses.</summary>
    internal Cluster? From { get; private init; }

    /// <summary>Where a <see cref="IrisStack.Pulumi.Cluster"/> component runs the Web Gateway.</summary>
    public static implicit operator WebGatewayClusterArgs(Cluster cluster)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        return new WebGatewayClusterArgs
        {
            Namespace = cluster.Layer.Namespaces.WebGateway,
            Port = cluster.Layer.TierChain.Ports.WebGateway,
            From = cluster,
        };
    }

    /// <summary>Where a <see cref="IrisStack.Pulumi.Cluster"/> component runs the Web Gateway (CA2225's named alternative to the conversion).</summary>
    public static WebGatewayClusterArgs FromCluster(Cluster cluster) => cluster;
}
