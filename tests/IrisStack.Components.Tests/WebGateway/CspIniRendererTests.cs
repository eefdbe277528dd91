using IrisStack.Components.Config;
using IrisStack.Components.Graph;
using IrisStack.Components.WebGateway;
using IrisStack.Tests.Shared;
using Snapshooter.Xunit;

namespace IrisStack.Components.Tests.WebGateway;

public class CspIniRendererTests
{
    private static readonly WebGatewayConfig Config = WebGatewayConfig.Default with
    {
        Iris = WebGatewayConfig.Default.Iris with { Password = new SecretValue(new StringValue("Pa55-word!")) },
    };

    [Fact]
    public void Sections_AreTheProductsOwn()
    {
        var text = CspIniRenderer.Render(Config).Masked;
        string[] sections = [.. text.Split('\n').Where(l => l.StartsWith('['))];

        Assert.Equal(
            ["[SYSTEM]", "[SYSTEM_INDEX]", "[IRIS_0]", "[APP_PATH_INDEX]", "[APP_PATH:/app]", "[APP_PATH:/api/app]", "[APP_PATH:/csp/broker]", "[APP_PATH:/csp/app]"],
            sections);
        Assert.DoesNotContain("WEBAPP", text, StringComparison.Ordinal);
        Assert.DoesNotContain("System_Manager_Host", text, StringComparison.Ordinal);
    }

    [Fact]
    public void SystemManager_LoopbackOnly_XForwardedForNotTrusted()
    {
        var lines = CspIniRenderer.Render(Config).Masked.Split('\n');
        Assert.Contains("System_Manager=127.0.0.1", lines);
        Assert.Contains("Accept_X_Forwarded_For=Disabled", lines);
        Assert.Contains("WS_Service_Status=Disabled", lines);
    }

    [Fact]
    public void Server_TlsToIris_VerifiedWithTheStackCa()
    {
        var lines = CspIniRenderer.Render(Config).Masked.Split('\n');
        Assert.Contains("Ip_Address=iris-compute-0.iris-svc.iris.svc.cluster.local", lines);
        Assert.Contains("TCP_Port=1972", lines);
        Assert.Contains("Username=wg_login", lines);
        Assert.Contains("Connection_Security_Level=10", lines);
        Assert.Contains("SSLCC_Protocol_Min=16", lines);
        Assert.Contains("SSLCC_Verify_Peer=1", lines);
        Assert.Contains("SSLCC_CA_Certificate_File=/webgateway/tls/ca.pem", lines);
    }

    [Fact]
    public void Password_MaskedInText_SecretInValue()
    {
        var ini = CspIniRenderer.Render(Config);
        var parts = Assert.IsType<InterpolationValue>(ini.Value).Parts;

        Assert.Contains("Password=[secret]", ini.Masked.Split('\n'));
        Assert.DoesNotContain("Pa55-word!", ini.Masked, StringComparison.Ordinal);
        var secret = Assert.Single(parts.OfType<SecretValue>());
        Assert.Equal(new StringValue("Pa55-word!"), secret.Inner);
        Assert.All(parts.OfType<StringValue>(), p => Assert.DoesNotContain("Pa55-word!", p.Value, StringComparison.Ordinal));
    }

    [Fact]
    public void TwoServers_OneProfileEach_LoadBalancedOnEveryPath()
    {
        var config = Config with { Iris = Config.Iris with { Servers = ["iris-a", "iris-b"] } };
        var ini = CspIniRenderer.Render(config);
        var lines = ini.Masked.Split('\n');

        Assert.Contains("[IRIS_1]", lines);
        Assert.Contains("IRIS_1=Enabled", lines);
        Assert.Contains("Ip_Address=iris-b", lines);
        Assert.Equal(4, lines.Count(l => l == "Alternative_Server_1=1~~~~~~IRIS_1"));
        Assert.Equal(4, lines.Count(l => l == "Alternative_Servers=LoadBalancing"));
        Assert.Equal(2, ((InterpolationValue)ini.Value).Parts.OfType<SecretValue>().Count());
    }

    [Fact]
    public void AdminPaths_GetApplicationPathSections()
    {
        var config = Config with { Uris = Config.Uris with { AdminPaths = ["/csp/sys/"], AdminCidrs = [Ipv4Cidr.Parse("10.0.0.0/24")] } };
        var lines = CspIniRenderer.Render(config).Masked.Split('\n');
        Assert.Contains("/csp/sys=Enabled", lines);
        Assert.Contains("[APP_PATH:/csp/sys]", lines);
    }

    [Fact]
    public void DevStack_Snapshot()
    {
        var text = CspIniRenderer.Render(RealStacks.Config("dev").WebGateway).Masked;
        Assert.Contains("Password=[secret]", text, StringComparison.Ordinal);
        Snapshot.Match(text);
    }
}
