using IrisStack.Components.Graph;
using IrisStack.Policies.Rules.Edge;
using IrisStack.Policies.Tests.Fixtures;
using static IrisStack.Policies.Tests.Rules.Edge.WafFixture;

namespace IrisStack.Policies.Tests.Rules.Edge;

public sealed class WafLoggingRedactsCredentialsTests
{
    private readonly WafLoggingRedactsCredentials policy = new();

    [Fact]
    public void TheEdgeLogging_IsCompliant() =>
        Assert.Equal(PolicyOutcome.Compliant, policy.Evaluate(Logging(), Context));

    [Fact]
    public void HeaderNamesInAnyCase_AreCompliant() =>
        Assert.Equal(PolicyOutcome.Compliant, policy.Evaluate(Logging().With("redactedFields", ListValue.Of(
            MapValue.Of(("singleHeader", MapValue.Of(("name", "Authorization")))), MapValue.Of(("singleHeader", MapValue.Of(("name", "COOKIE")))))), Context));

    [Fact]
    public void WithoutRedaction_FlagsBothHeaders()
    {
        var violations = Assert.IsType<PolicyOutcome.ViolationsOutcome>(policy.Evaluate(Logging().With("redactedFields", null), Context));
        Assert.Equal(["The WAF logs show the authorization header in full.", "The WAF logs show the cookie header in full."], violations.Findings.Select(f => f.Message));
    }

    [Fact]
    public void CookieNotRedacted_IsFlagged() =>
        Assert.Contains("cookie", Outcomes.Single(policy.Evaluate(Logging().With("redactedFields", ListValue.Of(MapValue.Of(("singleHeader", MapValue.Of(("name", "authorization")))))), Context), "edge-waf-logging", "redactedFields").Message, StringComparison.Ordinal);

    [Fact]
    public void OtherTypes_AreNotApplicable() =>
        Assert.Equal(PolicyOutcome.NotApplicable, policy.Evaluate(WebAcl(), Context));
}
