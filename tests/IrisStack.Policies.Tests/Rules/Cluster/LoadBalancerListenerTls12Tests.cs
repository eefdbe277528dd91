using IrisStack.Components.Graph;
using IrisStack.Policies.Rules.Cluster;
using IrisStack.Policies.Tests.Fixtures;
using static IrisStack.Policies.Tests.Rules.Cluster.RuleNodes;

namespace IrisStack.Policies.Tests.Rules.Cluster;

public sealed class LoadBalancerListenerTls12Tests
{
    private const string Listener = "aws:lb/listener:Listener";

    private readonly LoadBalancerListenerTls12 policy = new();

    private static ResourceNode Https => Node(Listener,
        ("loadBalancerArn", "arn:aws:elasticloadbalancing:eu-west-1:123456789012:loadbalancer/app/web/50dc6c495c0c9188"),
        ("port", 443), ("protocol", "HTTPS"), ("sslPolicy", "ELBSecurityPolicy-TLS13-1-2-2021-06"),
        ("certificateArn", "arn:aws:acm:eu-west-1:123456789012:certificate/12345678-1234-1234-1234-123456789012"),
        ("defaultActions", ListValue.Of(MapValue.Of(("type", "forward"), ("targetGroupArn", "arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/web/73e2d6bc24d8a067")))));

    private static ResourceNode Http => Node(Listener,
        ("loadBalancerArn", "arn:aws:elasticloadbalancing:eu-west-1:123456789012:loadbalancer/app/web/50dc6c495c0c9188"),
        ("port", 80), ("protocol", "HTTP"),
        ("defaultActions", ListValue.Of(MapValue.Of(("type", "redirect"), ("redirect", MapValue.Of(("protocol", "HTTPS"), ("port", "443"), ("statusCode", "HTTP_301")))))));

    [Theory]
    [InlineData("aws:lb/listener:Listener")]
    [InlineData("aws:alb/listener:Listener")]
    [InlineData("aws:elasticloadbalancingv2/listener:Listener")]
    public void HttpsWithTls12Policy_IsCompliantUnderEveryAlias(string type) =>
        Assert.Equal(PolicyOutcome.Compliant, policy.Evaluate(Https with { Type = type }, Context));

    [Theory]
    [InlineData("ELBSecurityPolicy-TLS13-1-3-2021-06")]
    [InlineData("ELBSecurityPolicy-TLS13-1-2-Res-2021-06")]
    [InlineData("ELBSecurityPolicy-TLS13-1-2-FIPS-2023-04")]
    [InlineData("ELBSecurityPolicy-TLS-1-2-Ext-2018-06")]
    [InlineData("ELBSecurityPolicy-FS-1-2-Res-2020-10")]
    public void Tls12OrNewerPolicies_AreCompliant(string sslPolicy) =>
        Assert.Equal(PolicyOutcome.Compliant, policy.Evaluate(Https.With("sslPolicy", sslPolicy), Context));

    [Theory]
    [InlineData("ELBSecurityPolicy-2016-08")]
    [InlineData("ELBSecurityPolicy-TLS-1-1-2017-01")]
    [InlineData("ELBSecurityPolicy-FS-2018-06")]
    [InlineData("ELBSecurityPolicy-TLS13-1-0-2021-06")]
    [InlineData("ELBSecurityPolicy-TLS13-1-1-2021-06")]
    public void PoliciesAllowingTlsBelow12_AreFlagged(string sslPolicy)
    {
        var finding = Outcomes.Single(policy.Evaluate(Https.With("sslPolicy", sslPolicy), Context), "subject", "sslPolicy");

        Assert.Contains(sslPolicy, finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SslPolicyUnset_IsFlaggedWithTheProviderDefault()
    {
        var finding = Outcomes.Single(policy.Evaluate(Https.With("sslPolicy", null), Context), "subject", "sslPolicy");

        Assert.Contains("ELBSecurityPolicy-2016-08", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SslPolicyUnknownInThePreview_IsFlagged() =>
        Outcomes.Single(policy.Evaluate(Https.With("sslPolicy", new OutputReference("settings", "policy")), Context), "subject", "sslPolicy");

    [Fact]
    public void TlsListenerOfANetworkLoadBalancer_NeedsATls12Policy() =>
        Outcomes.Single(policy.Evaluate(Https.With("protocol", "TLS").With("sslPolicy", "ELBSecurityPolicy-2016-08"), Context), "subject", "sslPolicy");

    [Fact]
    public void ProtocolInLowerCase_IsRead() =>
        Outcomes.Single(policy.Evaluate(Https.With("protocol", "https").With("sslPolicy", null), Context), "subject", "sslPolicy");

    [Fact]
    public void HttpRedirectingToHttps_IsCompliant() => Assert.Equal(PolicyOutcome.Compliant, policy.Evaluate(Http, Context));

    [Fact]
    public void HttpForwarding_IsFlagged() =>
        Outcomes.Single(policy.Evaluate(Http.With("defaultActions", ListValue.Of(MapValue.Of(("type", "forward"), ("targetGroupArn", "tg")))), Context), "subject", "defaultActions[0].type");

    [Fact]
    public void HttpRedirectKeepingTheProtocol_IsFlagged() =>
        Outcomes.Single(policy.Evaluate(Http.With("defaultActions", ListValue.Of(MapValue.Of(("type", "redirect"), ("redirect", MapValue.Of(("port", "8080"), ("statusCode", "HTTP_301")))))), Context),
            "subject", "defaultActions[0].redirect.protocol");

    [Fact]
    public void HttpWithoutDefaultActions_IsFlagged() =>
        Outcomes.Single(policy.Evaluate(Http.With("defaultActions", null), Context), "subject", "defaultActions");

    [Fact]
    public void ProtocolUnsetWithAPort_IsPlainHttp()
    {
        var finding = Outcomes.Single(policy.Evaluate(Https.With("protocol", null).With("sslPolicy", null), Context), "subject", "defaultActions[0].type");

        Assert.Contains("protocol is unset", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ProtocolUnknownInThePreview_IsFlagged() =>
        Outcomes.Single(policy.Evaluate(Https.With("protocol", new OutputReference("settings", "protocol")), Context), "subject", "protocol");

    [Theory]
    [InlineData("TCP")]
    [InlineData("UDP")]
    [InlineData("TCP_UDP")]
    public void PassthroughListeners_AreNotApplicable(string protocol) =>
        Assert.Equal(PolicyOutcome.NotApplicable, policy.Evaluate(Https.With("protocol", protocol).With("sslPolicy", null), Context));

    [Fact]
    public void GatewayLoadBalancerListener_IsNotApplicable() =>
        Assert.Equal(PolicyOutcome.NotApplicable, policy.Evaluate(Https.With("protocol", null).With("port", null).With("sslPolicy", null), Context));

    [Theory]
    [InlineData("aws:lb/listenerRule:ListenerRule")]
    [InlineData("aws:lb/loadBalancer:LoadBalancer")]
    [InlineData("kubernetes:helm.sh/v3:Release")]
    public void OtherTypes_AreNotApplicable(string type) =>
        Assert.Equal(PolicyOutcome.NotApplicable, policy.Evaluate(Https with { Type = type }, Context));
}
