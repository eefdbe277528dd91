using IrisStack.Components.Graph;
using IrisStack.Policies.Rules.Edge;
using static IrisStack.Policies.Tests.Rules.Edge.AlbFixture;

namespace IrisStack.Policies.Tests.Rules.Edge;

/// <summary>cloudfront-origin-https on the VPC origin the edge ALB builds.</summary>
public sealed class CloudFrontOriginHttpsAlbOriginTests
{
    private readonly CloudFrontOriginHttps policy = new();

    [Fact]
    public void TheEdgeVpcOrigin_IsCompliant() =>
        Assert.Equal(PolicyOutcome.Compliant, policy.Evaluate(Node(VpcOriginType), Context));

    [Theory]
    [InlineData("http-only")]
    [InlineData("match-viewer")]
    public void OriginProtocolHttp_IsFlagged(string protocolPolicy)
    {
        var finding = Single(policy.Evaluate(Node(VpcOriginType).With("vpcOriginEndpointConfig.originProtocolPolicy", protocolPolicy), Context));
        Assert.Equal(("edge-alb-vpc-origin", "vpcOriginEndpointConfig.originProtocolPolicy"), (finding.Resource, finding.Property));
        Assert.Contains($"originProtocolPolicy is {protocolPolicy}", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void OldTlsAllowed_IsFlagged() =>
        Assert.Equal(
            "vpcOriginEndpointConfig.originSslProtocols",
            Single(policy.Evaluate(Node(VpcOriginType).With("vpcOriginEndpointConfig.originSslProtocols.items", ListValue.Of("TLSv1.1", "TLSv1.2")), Context)).Property);

    [Fact]
    public void NotAVpcOrigin_IsNotApplicable() =>
        Assert.Equal(PolicyOutcome.NotApplicable, policy.Evaluate(Node(LoadBalancerType), Context));
}
