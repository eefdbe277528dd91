using IrisStack.Components.Edge.Waf;
using IrisStack.Components.Graph;
using IrisStack.Policies.Rules.Edge;
using IrisStack.Policies.Tests.Fixtures;
using static IrisStack.Policies.Tests.Rules.Edge.WafFixture;

namespace IrisStack.Policies.Tests.Rules.Edge;

public sealed class WafGeoRuleBlocksTests
{
    private readonly WafGeoRuleBlocks policy = new();

    [Fact]
    public void DenyList_IsCompliant() =>
        Assert.Equal(PolicyOutcome.Compliant, policy.Evaluate(WebAcl(), Context));

    [Fact]
    public void AllowList_IsCompliant() =>
        Assert.Equal(PolicyOutcome.Compliant, policy.Evaluate(WebAcl(Everything with { Geo = new GeoRestriction(GeoMatchMode.AllowList, ["DE", "FR"]) }), Context));

    [Fact]
    public void NoGeoRule_IsNotApplicable() =>
        Assert.Equal(PolicyOutcome.NotApplicable, policy.Evaluate(WebAcl(WafConfig.Default), Context));

    [Fact]
    public void GeoRuleOnlyCounting_IsFlagged()
    {
        var acl = WebAcl();
        Outcomes.Single(policy.Evaluate(acl.WithRule(WebAclRules.Geo, "action", Count), Context), "edge-waf", $"rules[{acl.IndexOf(WebAclRules.Geo)}].action");
    }

    [Fact]
    public void CodeThatIsNoCountry_IsFlagged()
    {
        var acl = WebAcl().WithRule(WebAclRules.Geo, "statement.geoMatchStatement.countryCodes", ListValue.Of("UK"));
        var finding = Outcomes.Single(policy.Evaluate(acl, Context), "edge-waf", $"rules[{acl.IndexOf(WebAclRules.Geo)}].statement.geoMatchStatement.countryCodes");
        Assert.Contains("'UK'", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NoCountries_IsFlagged()
    {
        var acl = WebAcl().WithRule(WebAclRules.Geo, "statement.geoMatchStatement.countryCodes", ListValue.Of());
        Assert.Contains("no country", Outcomes.Single(policy.Evaluate(acl, Context), "edge-waf", $"rules[{acl.IndexOf(WebAclRules.Geo)}].statement.geoMatchStatement.countryCodes").Message, StringComparison.Ordinal);
    }
}
