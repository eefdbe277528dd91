using IrisStack.Components.Graph;
using IrisStack.Policies.Rules.Edge;
using IrisStack.Policies.Tests.Fixtures;
using static IrisStack.Policies.Tests.Rules.Edge.CloudFrontFixture;

namespace IrisStack.Policies.Tests.Rules.Edge;

public sealed class CloudFrontViewerHttpsTests
{
    private readonly CloudFrontViewerHttps policy = new();

    [Fact]
    public void TheEdgeDistribution_IsCompliant() =>
        Assert.Equal(PolicyOutcome.Compliant, policy.Evaluate(Distribution(), WafFixture.Context));

    [Fact]
    public void DefaultBehaviourAllowingHttp_IsFlagged() =>
        Outcomes.Single(policy.Evaluate(Distribution().With("defaultCacheBehavior.viewerProtocolPolicy", new StringValue("allow-all")), WafFixture.Context),
            "edge-cdn", "defaultCacheBehavior.viewerProtocolPolicy");

    [Fact]
    public void OrderedBehaviourAllowingHttp_IsFlagged() =>
        Outcomes.Single(policy.Evaluate(Distribution().WithOrderedBehaviour(1, "viewerProtocolPolicy", new StringValue("allow-all")), WafFixture.Context),
            "edge-cdn", "orderedCacheBehaviors[1].viewerProtocolPolicy");

    [Fact]
    public void HttpsOnly_IsAccepted() =>
        Assert.Equal(PolicyOutcome.Compliant, policy.Evaluate(Distribution().WithOrderedBehaviour(0, "viewerProtocolPolicy", new StringValue("https-only")), WafFixture.Context));

    [Fact]
    public void OtherTypes_AreNotApplicable() =>
        Assert.Equal(PolicyOutcome.NotApplicable, policy.Evaluate(VpcOrigin(), WafFixture.Context));
}
