using IrisStack.Policies.Rules.ApiGateway;
using static IrisStack.Policies.Tests.Rules.ApiGateway.ApiGatewayFixture;

namespace IrisStack.Policies.Tests.Rules.ApiGateway;

public sealed class KongTrustedIpsNotWorldTests
{
    private readonly KongTrustedIpsNotWorld policy = new();

    [Fact]
    public void TheLoadBalancersSubnets_AreCompliant() =>
        Assert.Equal(PolicyOutcome.Compliant, policy.Evaluate(ConfigMap(), Context));

    [Theory]
    [InlineData("0.0.0.0/0")]
    [InlineData("::/0")]
    public void TrustingTheWorld_IsFlagged_NamingTheSetting(string world)
    {
        var node = EditKongConf(t => t.Replace("trusted_ips = 10.0.0.0/22,", $"trusted_ips = 10.0.0.0/22, {world},", StringComparison.Ordinal));

        var finding = Fixtures.Outcomes.Single(policy.Evaluate(node, Context), ConfigMapName, ApiGatewayResources.KongConfProperty);
        Assert.Contains($"trusted_ips holds {world}", finding.Message, StringComparison.Ordinal);
        Assert.Equal("trustedIps", finding.Setting);
    }

    [Fact]
    public void NoTrustedIps_IsCompliant() =>
        Assert.Equal(PolicyOutcome.Compliant, policy.Evaluate(Node(ConfigMapName, Files(WithoutTrustedIps())), Context));

    internal static System.Text.Json.Nodes.JsonObject WithoutTrustedIps()
    {
        var section = Section();
        section.Remove("trustedIps");
        return section;
    }
}
