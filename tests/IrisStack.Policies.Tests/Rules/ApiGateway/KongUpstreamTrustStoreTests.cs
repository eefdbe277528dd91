using IrisStack.Policies.Rules.ApiGateway;
using static IrisStack.Policies.Tests.Rules.ApiGateway.ApiGatewayFixture;

namespace IrisStack.Policies.Tests.Rules.ApiGateway;

public sealed class KongUpstreamTrustStoreTests
{
    private readonly KongUpstreamTrustStore policy = new();

    [Fact]
    public void TheRenderedKongConf_TrustsTheWebGatewaysCa() =>
        Assert.Equal(PolicyOutcome.Compliant, policy.Evaluate(ConfigMap(), Context));

    [Theory]
    [InlineData("system")]
    [InlineData("")]
    public void NoTrustStoreOrTheSystemOne_IsFlagged(string value)
    {
        var node = EditKongConf(t => string.Join("\n", t.Split('\n').Select(l => l.StartsWith(KongUpstreamTrustStore.Setting, StringComparison.Ordinal) ? $"{KongUpstreamTrustStore.Setting} = {value}" : l)));

        var finding = Fixtures.Outcomes.Single(policy.Evaluate(node, Context), ConfigMapName, ApiGatewayResources.KongConfProperty);
        Assert.Contains($"sets no {KongUpstreamTrustStore.Setting}", finding.Message, StringComparison.Ordinal);
    }
}
