using IrisStack.Components.Graph;

namespace IrisStack.Components.ApiGateway;

/// <summary>The API gateway's rendering entry point: kong.yml and kong.conf from the config, the Web Gateway's allow-list and its Service.</summary>
public static class ApiGatewayRender
{
    /// <summary>
    /// Renders both files; the rendered kong.yml is checked by <see cref="KongConfigValidator"/>,
    /// and a finding there is a bug in the renderer, so it throws. <paramref name="redisHost"/> is
    /// the Redis primary endpoint (the replication group's output in the stack); <paramref name="secrets"/>
    /// are the configured or generated secrets, masked in the artifact either way.
    /// </summary>
    public static ApiGatewayFiles Render(ApiGatewayConfig config, IReadOnlyList<string> allowedPaths, KongUpstream upstream, Value redisHost, ApiGatewaySecrets secrets)
    {
        var kongYml = KongDeclarativeConfigRenderer.Render(config, allowedPaths, upstream, redisHost, secrets);
        var problems = KongConfigValidator.Validate(kongYml.Masked);
        if (problems.Count > 0)
        {
            throw new InvalidOperationException("The rendered kong.yml breaks Kong's rules:\n" + string.Join("\n", problems));
        }

        return new ApiGatewayFiles(kongYml, KongConfRenderer.Render(config, ApiGatewayArtifacts.DeclarativeConfigMountPath, ApiGatewayArtifacts.UpstreamCaPath));
    }
}
