using IrisStack.Components.Config;
using IrisStack.Components.Edge.Waf;
using IrisStack.Components.Graph;
using IrisStack.Policies.Rules.Edge;
using IrisStack.Policies.Tests.Fixtures;
using static IrisStack.Policies.Tests.Rules.Edge.WafFixture;

namespace IrisStack.Policies.Tests.Rules.Edge;

public sealed class WafBaselineManagedGroupsTests
{
    private readonly WafBaselineManagedGroups policy = new();

    private static WafConfig Counting(string group, string? reason) => Everything with
    {
        ManagedGroups = [.. Everything.ManagedGroups.Select(g => g.Name == group ? g with { Mode = ManagedRuleGroupMode.Count, CountReason = reason } : g)],
    };

    [Fact]
    public void TheEdgeWebAcl_IsCompliant() =>
        Assert.Equal(PolicyOutcome.Compliant, policy.Evaluate(WebAcl(), Context));

    [Fact]
    public void CountingWithItsReasonTagged_IsCompliant() =>
        Assert.Equal(PolicyOutcome.Compliant, policy.Evaluate(WebAcl(Counting(WafManagedGroups.CommonRuleSet, "tuning until 2027-01-31")), Context));

    [Theory]
    [InlineData(WafManagedGroups.CommonRuleSet)]
    [InlineData(WafManagedGroups.SqliRuleSet)]
    [InlineData(WafManagedGroups.AmazonIpReputationList)]
    public void GroupRemoved_IsFlagged(string group) =>
        Assert.Contains(group, Outcomes.Single(policy.Evaluate(WebAcl().Without(group), Context), "edge-waf", "rules").Message, StringComparison.Ordinal);

    [Fact]
    public void GroupSwitchedToCount_WithoutAReason_IsFlagged()
    {
        var acl = WebAcl().WithRule(WafManagedGroups.CommonRuleSet, "overrideAction", Count);
        var finding = Outcomes.Single(policy.Evaluate(acl, Context), "edge-waf", $"rules[{acl.IndexOf(WafManagedGroups.CommonRuleSet)}].overrideAction");
        Assert.Contains("count mode", finding.Message, StringComparison.Ordinal);
        Assert.Contains(WafManagedGroups.CountReasonTag(WafManagedGroups.CommonRuleSet), finding.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void CountingWithoutAReason_InAStacksGraph_NamesTheSettingToChange()
    {
        var report = PolicyRunner.Run(new PolicyPack([policy]), Graph(Counting(WafManagedGroups.SqliRuleSet, reason: null)), PolicySettings.Read(ConfigReader.EmptySection("policies")));
        var violation = Assert.Single(Assert.Single(report.Results).Violations);
        Assert.Equal("iris-stack:edge.waf.managedGroups", violation.Setting);
    }

    [Fact]
    public void RuleOverriddenToCount_IsFlagged()
    {
        var acl = WebAcl().WithRule(WafManagedGroups.SqliRuleSet, "statement.managedRuleGroupStatement.ruleActionOverrides",
            ListValue.Of(MapValue.Of(("name", "SQLi_BODY"), ("actionToUse", Count))));
        Outcomes.Single(policy.Evaluate(acl, Context), "edge-waf", $"rules[{acl.IndexOf(WafManagedGroups.SqliRuleSet)}].statement.managedRuleGroupStatement.ruleActionOverrides[0]");
    }

    [Fact]
    public void OtherTypes_AreNotApplicable() =>
        Assert.Equal(PolicyOutcome.NotApplicable, policy.Evaluate(Logging(), Context));
}
