using IrisStack.Components.ApiGateway;
using static IrisStack.Components.Tests.ApiGateway.ApiGatewaySections;

namespace IrisStack.Components.Tests.ApiGateway;

public sealed class KongConfRendererTests
{
    private static Dictionary<string, string> Settings(string conf) =>
        conf.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => !l.StartsWith('#'))
            .Select(l => l.Split(" = ", 2)).ToDictionary(p => p[0], p => p[1], StringComparer.Ordinal);

    [Fact]
    public void DbLess_TlsOnly_NoAdminApi_NoVersionHeaders()
    {
        var conf = Settings(KongConfRenderer.Render(Read(Section(("trustedIps", Json("""["10.0.0.0/22", "10.0.4.0/22"]""")))), ApiGatewayArtifacts.DeclarativeConfigMountPath, ApiGatewayArtifacts.UpstreamCaPath));

        Assert.Equal("off", conf["database"]);
        Assert.Equal("/kong/declarative/kong.yml", conf["declarative_config"]);
        Assert.Equal("0.0.0.0:8443 ssl", conf["proxy_listen"]);
        Assert.Equal("custom", conf["ssl_cipher_suite"]);
        Assert.Equal("TLSv1.2 TLSv1.3", conf["ssl_protocols"]);
        Assert.Equal("off", conf["admin_listen"]);
        Assert.Equal("off", conf["admin_gui_listen"]);
        Assert.Equal("10.0.0.0/22,10.0.4.0/22", conf["trusted_ips"]);
        Assert.Equal("X-Forwarded-For", conf["real_ip_header"]);
        Assert.Equal("on", conf["real_ip_recursive"]);
        Assert.Equal("off", conf["headers"]);
        Assert.Equal("0.0.0.0:8100", conf["status_listen"]);
        Assert.Equal("/kong/upstream-ca/ca.pem", conf["nginx_proxy_proxy_ssl_trusted_certificate"]);
    }

    [Fact]
    public void AdminApi_Loopback_ListensOn127001Only() =>
        Assert.Equal("127.0.0.1:8444 ssl", Settings(KongConfRenderer.Render(Read(Section(("adminApi", "loopback"))), "/k.yml", "/ca.pem"))["admin_listen"]);

    [Fact]
    public void TrustedIps_Unset_NoTrustedIpsLine() =>
        Assert.DoesNotContain("trusted_ips", KongConfRenderer.Render(Read(Section()), "/k.yml", "/ca.pem"), StringComparison.Ordinal);
}
