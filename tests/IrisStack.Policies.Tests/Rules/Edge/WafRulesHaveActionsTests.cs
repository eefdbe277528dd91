using IrisStack.Components.Edge.Waf;
using IrisStack.Policies.Rules.Edge;
using IrisStack.Policies.Tests.Fixtures;
using static IrisStack.Policies.Tests.Rules.Edge.WafFixture;

namespace IrisStack.Policies.Tests.Rules.Edge;

public sealed class WafRulesHaveActionsTests
{
    private readonly WafRulesHaveActions policy = new();

    [Fact]
    public void TheEdgeWebAcl_IsCompliant() =>
        Assert.Equal(PolicyOutcome.Compliant, policy.Evaluate(WebAcl(), Context));

    [Fact]
    public void NoRules_IsFlagged() =>
        Assert.Contains("no rules", Outcomes.Single(policy.Evaluate(WebAcl().WithRules(_ => []), Context), "edge-waf", "rules").Message, StringComparison.Ordinal);

    [Fact]
    public void RuleWithoutAction_IsFlagged()
    {
        var acl = WebAcl();
        Outcomes.Single(policy.Evaluate(acl.WithRule(WebAclRules.RateLimit, "action", null), Context), "edge-waf", $"rules[{acl.IndexOf(WebAclRules.RateLimit)}].action");
    }

    [Fact]
    public void ManagedGroupWithoutOverrideAction_IsFlagged()
    {
        var acl = WebAcl();
        Outcomes.Single(policy.Evaluate(acl.WithRule(WafManagedGroups.SqliRuleSet, "overrideAction", null), Context), "edge-waf", $"rules[{acl.IndexOf(WafManagedGroups.SqliRuleSet)}].overrideAction");
    }

    [Fact]
    public void RulesAsRuleJson_AreUnreadable_NotCompliant()
    {
        var acl = WebAcl().With("rules", null).With("ruleJson", "[]");
        Assert.Contains("ruleJson", Outcomes.Single(policy.Evaluate(acl, Context), "edge-waf", "rules").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void OtherTypes_AreNotApplicable() =>
        Assert.Equal(PolicyOutcome.NotApplicable, policy.Evaluate(Logging(), Context));
}
