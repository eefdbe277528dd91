using IrisStack.Components.Graph;
using IrisStack.Policies.Rules.Edge;
using IrisStack.Policies.Tests.Fixtures;
using static IrisStack.Policies.Tests.Rules.Edge.CloudFrontFixture;

namespace IrisStack.Policies.Tests.Rules.Edge;

public sealed class CloudFrontOriginHttpsTests
{
    private readonly CloudFrontOriginHttps policy = new();

    private static MapValue CustomOrigin(string protocolPolicy, params string[] protocols) => MapValue.Of(
        ("httpPort", 80), ("httpsPort", 443), ("originProtocolPolicy", protocolPolicy), ("originSslProtocols", ListValue.Of(protocols.Select(p => (Value)p))));

    [Fact]
    public void TheEdgeDistribution_AndAnHttpsVpcOrigin_AreCompliant()
    {
        Assert.Equal(PolicyOutcome.Compliant, policy.Evaluate(Distribution(), WafFixture.Context));
        Assert.Equal(PolicyOutcome.Compliant, policy.Evaluate(VpcOrigin(), WafFixture.Context));
    }

    [Fact]
    public void VpcOriginOverHttp_IsFlagged() =>
        Outcomes.Single(policy.Evaluate(VpcOrigin().With("vpcOriginEndpointConfig.originProtocolPolicy", new StringValue("http-only")), WafFixture.Context),
            "edge-alb-origin", "vpcOriginEndpointConfig.originProtocolPolicy");

    [Fact]
    public void VpcOriginAllowingTls10_IsFlagged() =>
        Outcomes.Single(policy.Evaluate(VpcOrigin().With("vpcOriginEndpointConfig.originSslProtocols.items", ListValue.Of("TLSv1", "TLSv1.2")), WafFixture.Context),
            "edge-alb-origin", "vpcOriginEndpointConfig.originSslProtocols");

    [Fact]
    public void CustomOriginMatchingTheViewer_IsFlagged()
    {
        var distribution = Distribution().WithOrigin("app", "vpcOriginConfig", null).WithOrigin("app", "customOriginConfig", CustomOrigin("match-viewer", "TLSv1.2"));
        Outcomes.Single(policy.Evaluate(distribution, WafFixture.Context), "edge-cdn", $"origins[{distribution.IndexOfOrigin("app")}].customOriginConfig.originProtocolPolicy");
    }

    [Fact]
    public void CustomOriginAllowingSslV3_IsFlagged()
    {
        var distribution = Distribution().WithOrigin("app", "vpcOriginConfig", null).WithOrigin("app", "customOriginConfig", CustomOrigin("https-only", "SSLv3", "TLSv1.2"));
        Outcomes.Single(policy.Evaluate(distribution, WafFixture.Context), "edge-cdn", $"origins[{distribution.IndexOfOrigin("app")}].customOriginConfig.originSslProtocols");
    }

    [Fact]
    public void CustomOriginHttpsTls12_IsCompliant() =>
        Assert.Equal(PolicyOutcome.Compliant, policy.Evaluate(Distribution().WithOrigin("app", "vpcOriginConfig", null).WithOrigin("app", "customOriginConfig", CustomOrigin("https-only", "TLSv1.2")), WafFixture.Context));
}
