using IrisStack.Components.Aws;

namespace IrisStack.Components.WebGateway;

/// <summary>Where the Web Gateway's rendered files go (the layer returns them in its outputs), and the in-cluster nginx.conf.</summary>
public static class WebGatewayArtifacts
{
    /// <summary>Artifact path of the deployed nginx.conf.</summary>
    public const string NginxConfPath = "webgateway/nginx.conf";

    /// <summary>Artifact path of CSP.ini.</summary>
    public const string CspIniPath = "webgateway/CSP.ini";

    /// <summary>The title in the nginx.conf header comment.</summary>
    public static string Title(StackContext context) => $"{context.Project}/{context.Stack}";

    /// <summary>The in-cluster nginx.conf the ConfigMap carries, listening on <paramref name="port"/>.</summary>
    public static string NginxConf(StackContext context, WebGatewayConfig config, int port) =>
        NginxConfigRenderer.Render(config, ClusterNginxProfile.For(port), Title(context));
}
