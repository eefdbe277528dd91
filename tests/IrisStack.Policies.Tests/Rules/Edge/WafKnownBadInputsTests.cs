using IrisStack.Components.Edge.Waf;
using IrisStack.Components.Graph;
using IrisStack.Policies.Rules.Edge;
using IrisStack.Policies.Tests.Fixtures;
using static IrisStack.Policies.Tests.Rules.Edge.WafFixture;

namespace IrisStack.Policies.Tests.Rules.Edge;

public sealed class WafKnownBadInputsTests
{
    private readonly WafKnownBadInputs policy = new();

    private const string Group = WafManagedGroups.KnownBadInputsRuleSet;

    [Fact]
    public void TheEdgeWebAcl_IsCompliant() =>
        Assert.Equal(PolicyOutcome.Compliant, policy.Evaluate(WebAcl(), Context));

    [Fact]
    public void GroupRemoved_IsFlagged() =>
        Outcomes.Single(policy.Evaluate(WebAcl().Without(Group), Context), "edge-waf", "rules");

    [Fact]
    public void GroupInCountMode_WithoutAReason_IsFlagged()
    {
        var acl = WebAcl();
        Outcomes.Single(policy.Evaluate(acl.WithRule(Group, "overrideAction", Count), Context), "edge-waf", $"rules[{acl.IndexOf(Group)}].overrideAction");
    }

    [Fact]
    public void Log4jRuleOverriddenToCount_IsFlagged_OtherRulesAreNotThisPolicys()
    {
        var acl = WebAcl();
        ResourceNode Overriding(string rule) => acl.WithRule(Group, "statement.managedRuleGroupStatement.ruleActionOverrides",
            ListValue.Of(MapValue.Of(("name", rule), ("actionToUse", Count))));
        Outcomes.Single(policy.Evaluate(Overriding("Log4JRCE_HEADER"), Context), "edge-waf", $"rules[{acl.IndexOf(Group)}].statement.managedRuleGroupStatement.ruleActionOverrides[0]");
        Assert.Equal(PolicyOutcome.Compliant, policy.Evaluate(Overriding("Host_localhost_HEADER"), Context));
    }
}
