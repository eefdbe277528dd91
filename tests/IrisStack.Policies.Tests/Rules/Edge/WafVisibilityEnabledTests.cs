using IrisStack.Components.Edge.Waf;
using IrisStack.Policies.Rules.Edge;
using IrisStack.Policies.Tests.Fixtures;
using static IrisStack.Policies.Tests.Rules.Edge.WafFixture;

namespace IrisStack.Policies.Tests.Rules.Edge;

public sealed class WafVisibilityEnabledTests
{
    private readonly WafVisibilityEnabled policy = new();

    [Fact]
    public void TheEdgeWebAcl_IsCompliant() =>
        Assert.Equal(PolicyOutcome.Compliant, policy.Evaluate(WebAcl(), Context));

    [Fact]
    public void RuleWithoutMetrics_IsFlagged()
    {
        var acl = WebAcl();
        Outcomes.Single(policy.Evaluate(acl.WithRule(WebAclRules.XssMatch, "visibilityConfig.cloudwatchMetricsEnabled", false), Context),
            "edge-waf", $"rules[{acl.IndexOf(WebAclRules.XssMatch)}].visibilityConfig.cloudwatchMetricsEnabled");
    }

    [Fact]
    public void WebAclWithoutSampledRequests_IsFlagged() =>
        Outcomes.Single(policy.Evaluate(WebAcl().With("visibilityConfig.sampledRequestsEnabled", false), Context), "edge-waf", "visibilityConfig.sampledRequestsEnabled");

    [Fact]
    public void OtherTypes_AreNotApplicable() =>
        Assert.Equal(PolicyOutcome.NotApplicable, policy.Evaluate(Logging(), Context));
}
