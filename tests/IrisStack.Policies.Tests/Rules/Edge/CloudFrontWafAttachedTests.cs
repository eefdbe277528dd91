using IrisStack.Components.Graph;
using IrisStack.Policies.Rules.Edge;
using IrisStack.Policies.Tests.Fixtures;
using static IrisStack.Policies.Tests.Rules.Edge.CloudFrontFixture;

namespace IrisStack.Policies.Tests.Rules.Edge;

public sealed class CloudFrontWafAttachedTests
{
    private readonly CloudFrontWafAttached policy = new();

    [Fact]
    public void TheEdgeDistribution_IsCompliant() =>
        Assert.Equal(PolicyOutcome.Compliant, policy.Evaluate(Distribution(), WafFixture.Context));

    [Fact]
    public void WafDetached_IsFlagged() =>
        Outcomes.Single(policy.Evaluate(Distribution().With("webAclId", null), WafFixture.Context), "edge-cdn", "webAclId");

    [Fact]
    public void EmptyWebAclId_IsFlagged() =>
        Outcomes.Single(policy.Evaluate(Distribution().With("webAclId", new StringValue(string.Empty)), WafFixture.Context), "edge-cdn", "webAclId");

    [Fact]
    public void OtherTypes_AreNotApplicable() =>
        Assert.Equal(PolicyOutcome.NotApplicable, policy.Evaluate(VpcOrigin(), WafFixture.Context));
}
