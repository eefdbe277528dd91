using IrisStack.Components.Edge.Waf;
using IrisStack.Policies.Rules.Edge;
using IrisStack.Policies.Tests.Fixtures;
using static IrisStack.Policies.Tests.Rules.Edge.WafFixture;

namespace IrisStack.Policies.Tests.Rules.Edge;

public sealed class WafRateBasedRuleTests
{
    private readonly WafRateBasedRule policy = new();

    [Fact]
    public void TheEdgeWebAcl_IsCompliant() =>
        Assert.Equal(PolicyOutcome.Compliant, policy.Evaluate(WebAcl(), Context));

    [Fact]
    public void NoRateRule_IsFlagged() =>
        Assert.Contains("no rate-based rule", Outcomes.Single(policy.Evaluate(WebAcl().Without(WebAclRules.RateLimit), Context), "edge-waf", "rules").Message, StringComparison.Ordinal);

    [Fact]
    public void RateRuleOnlyCounting_IsFlagged()
    {
        var acl = WebAcl();
        Outcomes.Single(policy.Evaluate(acl.WithRule(WebAclRules.RateLimit, "action", Count), Context), "edge-waf", $"rules[{acl.IndexOf(WebAclRules.RateLimit)}].action");
    }

    [Fact]
    public void RateRuleNotPerClient_IsFlagged()
    {
        var acl = WebAcl();
        Outcomes.Single(policy.Evaluate(acl.WithRule(WebAclRules.RateLimit, "statement.rateBasedStatement.aggregateKeyType", "CONSTANT"), Context),
            "edge-waf", $"rules[{acl.IndexOf(WebAclRules.RateLimit)}].statement.rateBasedStatement.aggregateKeyType");
    }

    [Fact]
    public void OtherTypes_AreNotApplicable() =>
        Assert.Equal(PolicyOutcome.NotApplicable, policy.Evaluate(Logging(), Context));
}
