using System.Collections.Immutable;
using IrisStack.Components.Stack;

namespace IrisStack.Components.WebGateway;

/// <summary>The Web Gateway's rendered files, exactly as deployed (CSP.ini with its password masked).</summary>
public static class WebGatewayArtifacts
{
    /// <summary>Artifact path of the deployed nginx.conf.</summary>
    public const string NginxConfPath = "webgateway/nginx.conf";

    /// <summary>Artifact path of CSP.ini.</summary>
    public const string CspIniPath = "webgateway/CSP.ini";

    /// <summary>The title in the nginx.conf header comment.</summary>
    public static string Title(StackContext context) => $"{context.Project}/{context.Stack}";

    /// <summary>The in-cluster nginx.conf the ConfigMap carries.</summary>
    public static string NginxConf(StackContext context, WebGatewayConfig config) =>
        NginxConfigRenderer.Render(config, ClusterNginxProfile.Default, Title(context));

    /// <summary>nginx.conf and the masked CSP.ini.</summary>
    public static ImmutableArray<Artifact> Render(StackContext context, WebGatewayConfig config) =>
    [
        new Artifact(NginxConfPath, NginxConf(context, config)),
        new Artifact(CspIniPath, CspIniRenderer.Render(config).Masked),
    ];
}
