using IrisStack.Cli.Gateway;
using IrisStack.Components.Config;
using IrisStack.Components.WebGateway;
using IrisStack.Runtime.Tests.Support;
using IrisStack.Stack;

namespace IrisStack.Runtime.Tests;

/// <summary><c>nginx -t</c> accepts every rendered stack and rejects a broken configuration with nginx's own message.</summary>
public class NginxValidationTests
{
    [Theory]
    [InlineData("dev")]
    [InlineData("prod")]
    public async Task StackConfig_PassesNginxT(string stack)
    {
        var config = StackConfigLoader.Load(new StackFileConfigSource(RepositoryStacks.Root(), stack));
        await LocalGateway.ValidateAsync(config.WebGateway, $"iris-stack/{stack}");
    }

    [Fact]
    public async Task AdminPathsAndTrustedProxies_PassNginxT()
    {
        var config = GatewayFixture.TestDefaults with
        {
            TrustedProxyCidrs = [Ipv4Cidr.Parse("10.0.0.0/8")],
            Uris = GatewayFixture.TestDefaults.Uris with { AdminPaths = ["/csp/sys/", "/csp/bin/Systems/"], AdminCidrs = [Ipv4Cidr.Parse("10.1.0.0/24")] },
        };
        await LocalGateway.ValidateAsync(config, "admin");
    }

    [Fact]
    public async Task BrokenConfig_RejectedWithNginxMessage()
    {
        var config = GatewayFixture.TestDefaults with { Headers = SecurityHeaders.Default with { ContentSecurityPolicy = "default-src \" 'self'" } };
        var error = await Assert.ThrowsAsync<NginxConfigException>(() =>
            LocalGateway.StartAsync(config, "broken", new System.Net.IPEndPoint(System.Net.IPAddress.Loopback, GatewayFixture.FreePort()), "127.0.0.1:9"));

        Assert.Contains("[emerg]", error.Message, StringComparison.Ordinal);
        Assert.Contains("test failed", error.Message, StringComparison.Ordinal);
    }
}
