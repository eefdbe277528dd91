using IrisStack.Policies.Rules.ApiGateway;
using static IrisStack.Policies.Tests.Rules.ApiGateway.ApiGatewayFixture;

namespace IrisStack.Policies.Tests.Rules.ApiGateway;

public sealed class KongProxyTlsOnlyTests
{
    private readonly KongProxyTlsOnly policy = new();

    private string Message(Func<string, string> edit) =>
        Fixtures.Outcomes.Single(policy.Evaluate(EditKongConf(edit), Context), ConfigMapName, ApiGatewayResources.KongConfProperty).Message;

    [Fact]
    public void RenderedConfig_IsCompliant() =>
        Assert.Equal(PolicyOutcome.Compliant, policy.Evaluate(ConfigMap(), Context));

    [Fact]
    public void APlainListener_IsFlagged() =>
        Assert.Contains("'0.0.0.0:8000' has no ssl flag", Message(t => t.Replace("proxy_listen = 0.0.0.0:8443 ssl", "proxy_listen = 0.0.0.0:8443 ssl, 0.0.0.0:8000", StringComparison.Ordinal)), StringComparison.Ordinal);

    [Fact]
    public void ProxyListenLeftToKongsDefault_IsFlagged() =>
        Assert.Contains("includes the plain-HTTP 0.0.0.0:8000", Message(t => t.Replace("proxy_listen = 0.0.0.0:8443 ssl\n", string.Empty, StringComparison.Ordinal)), StringComparison.Ordinal);

    [Fact]
    public void Tls11InTheCustomProtocols_IsFlagged() =>
        Assert.Contains("ssl_protocols is TLSv1.1 TLSv1.2 TLSv1.3", Message(t => t.Replace("ssl_protocols = TLSv1.2 TLSv1.3", "ssl_protocols = TLSv1.1 TLSv1.2 TLSv1.3", StringComparison.Ordinal)), StringComparison.Ordinal);

    [Fact]
    public void TheOldSuite_IsFlagged() =>
        Assert.Contains("ssl_cipher_suite is 'old'", Message(t => t.Replace("ssl_cipher_suite = custom", "ssl_cipher_suite = old", StringComparison.Ordinal)), StringComparison.Ordinal);

    [Fact]
    public void TheIntermediateSuite_IgnoresSslProtocols_AndIsTls12AndUp()
    {
        var node = EditKongConf(t => t.Replace("ssl_cipher_suite = custom", "ssl_cipher_suite = intermediate", StringComparison.Ordinal).Replace("ssl_protocols = TLSv1.2 TLSv1.3", "ssl_protocols = TLSv1 TLSv1.1", StringComparison.Ordinal));

        Assert.Equal(PolicyOutcome.Compliant, policy.Evaluate(node, Context));
    }

    [Fact]
    public void AnInjectedNginxProtocolList_IsFlagged() =>
        Assert.Contains("nginx_proxy_ssl_protocols injects", Message(t => t + "nginx_proxy_ssl_protocols = TLSv1 TLSv1.2\n"), StringComparison.Ordinal);

    [Fact]
    public void ACommentedOutPlainListener_IsNotOne() =>
        Assert.Equal(PolicyOutcome.Compliant, policy.Evaluate(EditKongConf(t => t + "# proxy_listen = 0.0.0.0:8000\n"), Context));
}
