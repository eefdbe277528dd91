namespace IrisStack.Components.ApiGateway;

/// <summary>Where the API gateway's rendered files go, and where Kong reads them in its container.</summary>
public static class ApiGatewayArtifacts
{
    /// <summary>Artifact path of the declarative config, secrets masked.</summary>
    public const string KongYmlPath = "apigateway/kong.yml";

    /// <summary>Artifact path of kong.conf.</summary>
    public const string KongConfPath = "apigateway/kong.conf";

    /// <summary>Where the Secret holding kong.yml is mounted in the Kong container (<c>declarative_config</c>).</summary>
    public const string DeclarativeConfigMountPath = "/kong/declarative/kong.yml";

    /// <summary>Where the Web Gateway's CA is mounted: nginx's trust store for the upstream (kong.conf <c>nginx_proxy_proxy_ssl_trusted_certificate</c>).</summary>
    public const string UpstreamCaPath = "/kong/upstream-ca/ca.pem";

    /// <summary>Kong's prefix (<c>KONG_PREFIX</c>), where it writes nginx.conf and its runtime files: an emptyDir, the root filesystem being read-only.</summary>
    public const string PrefixPath = "/kong_prefix";

    /// <summary>The status listener's pod port, for the probes only: in no Service and admitted by no NetworkPolicy.</summary>
    public const int StatusPort = 8100;
}
