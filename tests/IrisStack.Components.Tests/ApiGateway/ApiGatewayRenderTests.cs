using IrisStack.Components.ApiGateway;
using Snapshooter.Xunit;
using static IrisStack.Components.Tests.ApiGateway.ApiGatewaySections;

namespace IrisStack.Components.Tests.ApiGateway;

public sealed class ApiGatewayRenderTests
{
    [Fact]
    public void Render_WritesKongYmlMaskedAndKongConf()
    {
        var files = Files(Read(Section()));

        Assert.Equal([ApiGatewayArtifacts.KongYmlPath, ApiGatewayArtifacts.KongConfPath], files.Artifacts.Select(a => a.Path));
        Assert.Equal("apigateway/kong.yml", files.Artifacts[0].Path);
        Assert.Equal(files.KongYml.Masked, files.Artifacts[0].Content);
        Assert.Equal(files.KongConf, files.Artifacts[1].Content);
        Assert.Contains($"declarative_config = {ApiGatewayArtifacts.DeclarativeConfigMountPath}\n", files.KongConf, StringComparison.Ordinal);
        Assert.DoesNotContain("redis-token-1-abcdefgh", string.Concat(files.Artifacts.Select(a => a.Content)), StringComparison.Ordinal);
    }

    [Fact]
    public void ProdLike_Snapshot()
    {
        var config = Read(Section(
            ("trustedIps", Json("""["10.0.0.0/22", "10.0.4.0/22", "10.0.8.0/22"]""")),
            ("publicRoutes", Json("""[{"path": "/csp/broker/cspxmlhttp.js", "reason": "static script the login page loads"}]""")),
            ("routeRateLimits", Json("""[{"path": "/api/app/", "limits": [20, 600], "windowSizes": [1, 60]}]""")),
            ("cors", Json("""{"origins": ["https://portal.example.com"], "credentials": true}"""))));
        var files = Files(config);

        Assert.Empty(KongConfigValidator.Validate(files.KongYml.Masked));
        Snapshot.Match($"# {ApiGatewayArtifacts.KongYmlPath}\n{files.KongYml.Masked}# {ApiGatewayArtifacts.KongConfPath}\n{files.KongConf}");
    }
}
