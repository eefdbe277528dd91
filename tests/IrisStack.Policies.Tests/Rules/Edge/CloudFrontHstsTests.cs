using IrisStack.Components.Graph;
using IrisStack.Policies.Rules.Edge;
using IrisStack.Policies.Tests.Fixtures;
using static IrisStack.Policies.Tests.Rules.Edge.CloudFrontFixture;

namespace IrisStack.Policies.Tests.Rules.Edge;

public sealed class CloudFrontHstsTests
{
    private const string Headers = "edge-cdn-security-headers";
    private const string Hsts = "securityHeadersConfig.strictTransportSecurity";

    private readonly CloudFrontHsts policy = new();

    private static ResourceGraph WithHeaders(string path, Value? value)
    {
        var graph = Graph();
        return graph.Replace(Headers, graph[Headers].With(path, value));
    }

    [Fact]
    public void TheEdgeGraph_IsCompliant() =>
        Assert.Equal(PolicyOutcome.Compliant, policy.Evaluate(Graph(), WafFixture.Context));

    [Fact]
    public void MaxAgeUnderAYear_IsFlagged()
    {
        var finding = Outcomes.Single(policy.Evaluate(WithHeaders($"{Hsts}.accessControlMaxAgeSec", new NumberValue(86_400)), WafFixture.Context), Headers, $"{Hsts}.accessControlMaxAgeSec");
        Assert.Equal("hstsMaxAgeSeconds", finding.Setting);
    }

    [Fact]
    public void WithoutSubdomains_IsFlagged() =>
        Outcomes.Single(policy.Evaluate(WithHeaders($"{Hsts}.includeSubdomains", new BoolValue(false)), WafFixture.Context), Headers, $"{Hsts}.includeSubdomains");

    [Fact]
    public void NoHsts_IsFlagged() =>
        Outcomes.Single(policy.Evaluate(WithHeaders(Hsts, null), WafFixture.Context), Headers, Hsts);

    [Fact]
    public void BehaviourWithoutTheHeadersPolicy_IsFlagged()
    {
        var graph = Graph();
        var distribution = graph["edge-cdn"].WithOrderedBehaviour(2, "responseHeadersPolicyId", null);
        Outcomes.Single(policy.Evaluate(graph.Replace("edge-cdn", distribution), WafFixture.Context), "edge-cdn", "orderedCacheBehaviors[2].responseHeadersPolicyId");
    }

    [Fact]
    public void NoDistributionOrHeadersPolicy_IsNotApplicable() =>
        Assert.Equal(PolicyOutcome.NotApplicable, policy.Evaluate(WafFixture.Graph(), WafFixture.Context));
}
