using Pulumi;

namespace IrisStack.Pulumi;

/// <summary>The tier namespaces of a <see cref="Cluster"/>.</summary>
public sealed class TierNamespacesArgs : ResourceArgs
{
    /// <summary>API Manager (Kong) and Redis (default iris-api-gateway, restricted).</summary>
    [Input("apiGateway")]
    public TierNamespaceArgs? ApiGateway { get; set; }

    /// <summary>The Web Gateway (default iris-web-gateway, restricted).</summary>
    [Input("webGateway")]
    public TierNamespaceArgs? WebGateway { get; set; }

    /// <summary>IRIS data, compute and arbiter (default iris, baseline).</summary>
    [Input("iris")]
    public TierNamespaceArgs? Iris { get; set; }
}
