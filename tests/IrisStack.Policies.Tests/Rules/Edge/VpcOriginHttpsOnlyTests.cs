using IrisStack.Components.Graph;
using IrisStack.Policies.Rules.Edge;
using static IrisStack.Policies.Tests.Rules.Edge.AlbFixture;

namespace IrisStack.Policies.Tests.Rules.Edge;

public sealed class VpcOriginHttpsOnlyTests
{
    private readonly VpcOriginHttpsOnly policy = new();

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
        Assert.Contains($"'{protocolPolicy}'", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void OldTlsAllowed_IsFlagged() =>
        Assert.Equal(
            "vpcOriginEndpointConfig.originSslProtocols.items",
            Single(policy.Evaluate(Node(VpcOriginType).With("vpcOriginEndpointConfig.originSslProtocols.items", ListValue.Of("TLSv1.1", "TLSv1.2")), Context)).Property);

    [Fact]
    public void NotAVpcOrigin_IsNotApplicable() =>
        Assert.Equal(PolicyOutcome.NotApplicable, policy.Evaluate(Node(LoadBalancerType), Context));
}
