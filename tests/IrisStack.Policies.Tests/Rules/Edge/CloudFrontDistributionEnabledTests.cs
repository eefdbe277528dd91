using IrisStack.Components.Graph;
using IrisStack.Policies.Rules.Edge;
using IrisStack.Policies.Tests.Fixtures;
using static IrisStack.Policies.Tests.Rules.Edge.CloudFrontFixture;

namespace IrisStack.Policies.Tests.Rules.Edge;

public sealed class CloudFrontDistributionEnabledTests
{
    private readonly CloudFrontDistributionEnabled policy = new();

    [Fact]
    public void TheEdgeDistribution_IsCompliant() =>
        Assert.Equal(PolicyOutcome.Compliant, policy.Evaluate(Distribution(), WafFixture.Context));

    [Fact]
    public void Disabled_IsFlagged() =>
        Outcomes.Single(policy.Evaluate(Distribution().With("enabled", new BoolValue(false)), WafFixture.Context), "edge-cdn", "enabled");

    [Fact]
    public void OtherTypes_AreNotApplicable() =>
        Assert.Equal(PolicyOutcome.NotApplicable, policy.Evaluate(VpcOrigin(), WafFixture.Context));
}
