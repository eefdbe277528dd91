using IrisStack.Policies.Rules.ApiGateway;
using static IrisStack.Policies.Tests.Rules.ApiGateway.ApiGatewayFixture;

namespace IrisStack.Policies.Tests.Rules.ApiGateway;

public sealed class KongRealClientIpTests
{
    private readonly KongRealClientIp policy = new();

    [Fact]
    public void ForwardedForRecursive_IsCompliant() =>
        Assert.Equal(PolicyOutcome.Compliant, policy.Evaluate(ConfigMap(), Context));

    [Fact]
    public void RealIpHeaderLeftToKongsDefault_IsFlagged()
    {
        var node = EditKongConf(t => t.Replace("real_ip_header = X-Forwarded-For\n", string.Empty, StringComparison.Ordinal));

        Assert.Contains("unset (Kong's default X-Real-IP)", Fixtures.Outcomes.Single(policy.Evaluate(node, Context), ConfigMapName, ApiGatewayResources.KongConfProperty).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RecursionOff_IsFlagged()
    {
        var node = EditKongConf(t => t.Replace("real_ip_recursive = on", "real_ip_recursive = off", StringComparison.Ordinal));

        Assert.Contains("real_ip_recursive is off", Fixtures.Outcomes.Single(policy.Evaluate(node, Context), ConfigMapName, ApiGatewayResources.KongConfProperty).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WithoutTrustedIps_TheHeaderIsNotRequired()
    {
        var node = Node(ConfigMapName, Files(KongTrustedIpsNotWorldTests.WithoutTrustedIps()));
        var edited = node.With("data", Components.Graph.MapValue.Of((ApiGatewayResources.KongConfKey, ApiGatewayResources.KongConfText(node)!.Replace("real_ip_recursive = on", "real_ip_recursive = off", StringComparison.Ordinal))));

        Assert.Equal(PolicyOutcome.Compliant, policy.Evaluate(edited, Context));
    }
}
