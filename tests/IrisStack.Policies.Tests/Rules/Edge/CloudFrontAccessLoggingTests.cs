using IrisStack.Components.Graph;
using IrisStack.Policies.Rules.Edge;
using IrisStack.Policies.Tests.Fixtures;
using static IrisStack.Policies.Tests.Rules.Edge.CloudFrontFixture;

namespace IrisStack.Policies.Tests.Rules.Edge;

public sealed class CloudFrontAccessLoggingTests
{
    private const string Source = "edge-cdn-log-source";
    private const string Delivery = "edge-cdn-log-delivery";

    private readonly CloudFrontAccessLogging policy = new();

    [Fact]
    public void TheEdgeGraph_LoggingV2_IsCompliant() =>
        Assert.Equal(PolicyOutcome.Compliant, policy.Evaluate(Graph(), WafFixture.Context));

    [Fact]
    public void DeliveryRemoved_IsFlagged() =>
        Outcomes.Single(policy.Evaluate(Graph().Replace(Delivery, null), WafFixture.Context), "edge-cdn", string.Empty);

    [Fact]
    public void SourceOfAnotherLogType_IsFlagged()
    {
        var graph = Graph();
        Outcomes.Single(policy.Evaluate(graph.Replace(Source, graph[Source].With("logType", new StringValue("CONNECTION_LOGS"))), WafFixture.Context), "edge-cdn", string.Empty);
    }

    [Fact]
    public void LegacyLoggingToABucket_IsAccepted()
    {
        var graph = Graph().Replace(Delivery, null);
        var legacy = graph["edge-cdn"].With("loggingConfig", MapValue.Of(("bucket", "logs.s3.amazonaws.com"), ("includeCookies", false)));
        Assert.Equal(PolicyOutcome.Compliant, policy.Evaluate(graph.Replace("edge-cdn", legacy), WafFixture.Context));
    }

    [Fact]
    public void NoDistribution_IsNotApplicable() =>
        Assert.Equal(PolicyOutcome.NotApplicable, policy.Evaluate(WafFixture.Graph(), WafFixture.Context));
}
