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
}
