using IrisStack.Components.Edge.Waf;
using IrisStack.Components.Graph;
using IrisStack.Policies.Rules.Edge;
using IrisStack.Policies.Tests.Fixtures;
using static IrisStack.Policies.Tests.Rules.Edge.WafFixture;

namespace IrisStack.Policies.Tests.Rules.Edge;

public sealed class WafUriAllowListTests
{
    private readonly WafUriAllowList policy = new();

    private const string Match = "statement.notStatement.statement.regexPatternSetReferenceStatement";

    [Fact]
    public void TheEdgeWebAcl_IsCompliant() =>
        Assert.Equal(PolicyOutcome.Compliant, policy.Evaluate(WebAcl(), Context));

    [Fact]
    public void AllowListRuleRemoved_IsFlagged() =>
        Assert.Contains("no URI allow-list", Outcomes.Single(policy.Evaluate(WebAcl().Without(WebAclRules.UriAllowList), Context), "edge-waf", "rules").Message, StringComparison.Ordinal);

    [Fact]
    public void AllowListOnlyCounting_IsFlagged()
    {
        var acl = WebAcl();
        Outcomes.Single(policy.Evaluate(acl.WithRule(WebAclRules.UriAllowList, "action", Count), Context), "edge-waf", $"rules[{acl.IndexOf(WebAclRules.UriAllowList)}].action");
    }

    [Fact]
    public void AllowListWithoutDecoding_IsFlagged()
    {
        var acl = WebAcl().WithRule(WebAclRules.UriAllowList, $"{Match}.textTransformations", ListValue.Of(MapValue.Of(("priority", 0), ("type", "LOWERCASE"))));
        var finding = Outcomes.Single(policy.Evaluate(acl, Context), "edge-waf", $"rules[{acl.IndexOf(WebAclRules.UriAllowList)}].{Match}.textTransformations");
        Assert.Contains("URL_DECODE and NORMALIZE_PATH", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnAllowRuleBeforeTheAllowList_IsFlagged()
    {
        var acl = WebAcl().WithRule(WebAclRules.RateLimit, "action", MapValue.Of(("allow", MapValue.Empty)));
        Outcomes.Single(policy.Evaluate(acl, Context), "edge-waf", $"rules[{acl.IndexOf(WebAclRules.RateLimit)}].action");
    }

    [Fact]
    public void OtherTypes_AreNotApplicable() =>
        Assert.Equal(PolicyOutcome.NotApplicable, policy.Evaluate(Logging(), Context));
}
