using IrisStack.Components.Graph;
using IrisStack.Policies.Rules.Edge;
using IrisStack.Policies.Tests.Fixtures;
using static IrisStack.Policies.Tests.Rules.Edge.CloudFrontFixture;

namespace IrisStack.Policies.Tests.Rules.Edge;

public sealed class CloudFrontS3OriginAccessControlTests
{
    private readonly CloudFrontS3OriginAccessControl policy = new();

    private static string StaticOrigin(ResourceNode distribution) => $"origins[{distribution.IndexOfOrigin("static")}]";

    [Fact]
    public void TheEdgeDistribution_AndItsOac_AreCompliant()
    {
        var graph = Graph();
        Assert.Equal(PolicyOutcome.Compliant, policy.Evaluate(graph["edge-cdn"], WafFixture.Context));
        Assert.Equal(PolicyOutcome.Compliant, policy.Evaluate(graph["edge-static-oac"], WafFixture.Context));
    }

    [Fact]
    public void S3OriginWithoutOac_IsFlagged()
    {
        var distribution = Distribution();
        Outcomes.Single(policy.Evaluate(distribution.WithOrigin("static", "originAccessControlId", null), WafFixture.Context), "edge-cdn", $"{StaticOrigin(distribution)}.originAccessControlId");
    }

    [Fact]
    public void S3OriginWithAnOai_IsFlagged()
    {
        var distribution = Distribution();
        var oai = distribution.WithOrigin("static", "s3OriginConfig", MapValue.Of(("originAccessIdentity", "origin-access-identity/cloudfront/E2QWRUHEXAMPLE")));
        Outcomes.Single(policy.Evaluate(oai, WafFixture.Context), "edge-cdn", $"{StaticOrigin(distribution)}.s3OriginConfig.originAccessIdentity");
    }

    [Fact]
    public void S3WebsiteEndpoint_IsFlagged()
    {
        var distribution = Distribution();
        var website = distribution.WithOrigin("static", "domainName", new OutputReference("edge-static", "websiteEndpoint"));
        Outcomes.Single(policy.Evaluate(website, WafFixture.Context), "edge-cdn", $"{StaticOrigin(distribution)}.domainName");
    }

    [Fact]
    public void OacThatDoesNotAlwaysSign_IsFlagged() =>
        Outcomes.Single(policy.Evaluate(Graph()["edge-static-oac"].With("signingBehavior", new StringValue("no-override")), WafFixture.Context), "edge-static-oac", "signingBehavior");

    [Fact]
    public void DistributionWithoutS3Origins_IsNotApplicable() =>
        Assert.Equal(PolicyOutcome.NotApplicable, policy.Evaluate(Distribution(Config with { StaticOrigin = null }), WafFixture.Context));
}
