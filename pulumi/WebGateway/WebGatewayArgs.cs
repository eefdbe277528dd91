using Pulumi;

namespace IrisStack.Pulumi;

/// <summary>Args of a <see cref="WebGateway"/>: where in the cluster it runs and the settings of <c>iris-stack:webGateway</c>, validated the same way.</summary>
public sealed class WebGatewayArgs : LayerArgs
{
    /// <summary>Where in the cluster the gateway runs: a <see cref="IrisStack.Pulumi.Cluster"/> (it converts, and hands over its provider and namespace), or a namespace and port of your own cluster.</summary>
    [Input("cluster")]
    public WebGatewayClusterArgs? Cluster { get; set; }

    /// <summary>webgateway-nginx image, pinned to a tag or digest.</summary>
    [Input("image")]
    public string? Image { get; set; }

    /// <summary>docker-registry Secret (in the gateway's namespace) for containers.intersystems.com.</summary>
    [Input("imagePullSecret")]
    public string? ImagePullSecret { get; set; }

    /// <summary>Number of Web Gateway pods (default 2).</summary>
    [Input("replicas")]
    public int? Replicas { get; set; }

    /// <summary>Pods kept during voluntary disruptions; 0 (default) means no PodDisruptionBudget.</summary>
    [Input("disruptionBudgetMinAvailable")]
    public int? DisruptionBudgetMinAvailable { get; set; }

    /// <summary>Run the gateway container as non-root, UID 51773 (default true).</summary>
    [Input("runAsNonRoot")]
    public bool? RunAsNonRoot { get; set; }

    /// <summary>URI allow-list: paths forwarded to IRIS (ending in / = prefix); everything else gets 403.</summary>
    [Input("allowedPaths")]
    public List<string>? AllowedPaths { get; set; }

    /// <summary>Administrative path prefixes forwarded only to clients in adminCidrs.</summary>
    [Input("adminPaths")]
    public List<string>? AdminPaths { get; set; }

    /// <summary>Client networks allowed to use adminPaths.</summary>
    [Input("adminCidrs")]
    public List<string>? AdminCidrs { get; set; }

    /// <summary>Dangerous IRIS URIs refused on the raw and decoded request.</summary>
    [Input("blockedUris")]
    public List<string>? BlockedUris { get; set; }

    /// <summary>File extensions refused anywhere.</summary>
    [Input("deniedFileTypes")]
    public List<string>? DeniedFileTypes { get; set; }

    /// <summary>HTTP methods forwarded; TRACE and TRACK are always refused.</summary>
    [Input("allowedMethods")]
    public List<string>? AllowedMethods { get; set; }

    /// <summary>Peers whose X-Forwarded-For is believed: the API gateway's pod network.</summary>
    [Input("trustedProxyCidrs")]
    public List<string>? TrustedProxyCidrs { get; set; }

    /// <summary>CSP.ini System_Manager: clients allowed on the gateway management pages (default loopback).</summary>
    [Input("systemManager")]
    public List<string>? SystemManager { get; set; }

    /// <summary>Security headers on every response.</summary>
    [Input("headers")]
    public WebGatewayHeadersArgs? Headers { get; set; }

    /// <summary>Request size, timeout and rate limits.</summary>
    [Input("limits")]
    public WebGatewayLimitsArgs? Limits { get; set; }

    /// <summary>How the gateway reaches IRIS.</summary>
    [Input("iris")]
    public IrisConnectionArgs? Iris { get; set; }

    /// <summary>The CA IRIS's certificates chain to (PEM), e.g. a Data component's CaCertPem: the gateway's ca.pem for verifying IRIS. Unset, the gateway's own CA stands in.</summary>
    [Input("irisCaCertPem")]
    public Input<string>? IrisCaCertPem { get; set; }

    /// <summary>Container CPU and memory requests and limits.</summary>
    [Input("resources")]
    public PodResourcesArgs? Resources { get; set; }
}
