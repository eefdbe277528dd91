using IrisStack.Components.Graph;
using IrisStack.Policies.Rules.Edge;
using IrisStack.Policies.Tests.Fixtures;
using static IrisStack.Policies.Tests.Rules.Edge.CloudFrontFixture;

namespace IrisStack.Policies.Tests.Rules.Edge;

public sealed class CloudFrontMinimumTls12Tests
{
    private readonly CloudFrontMinimumTls12 policy = new();

    [Theory]
    [InlineData("TLSv1.2_2021")]
    [InlineData("TLSv1.2_2025")]
    [InlineData("TLSv1.3_2025")]
    public void TheEdgeDistribution_WithTls12_2021OrNewer_IsCompliant(string version) =>
        Assert.Equal(PolicyOutcome.Compliant, policy.Evaluate(Distribution(Config with { MinimumProtocolVersion = version }), WafFixture.Context));

    [Theory]
    [InlineData("TLSv1")]
    [InlineData("TLSv1.1_2016")]
    [InlineData("TLSv1.2_2019")]
    public void OlderSecurityPolicy_IsFlagged(string version)
    {
        var finding = Outcomes.Single(policy.Evaluate(Distribution().With("viewerCertificate.minimumProtocolVersion", new StringValue(version)), WafFixture.Context),
            "edge-cdn", "viewerCertificate.minimumProtocolVersion");
        Assert.Equal("minimumProtocolVersion", finding.Setting);
    }

    [Fact]
    public void DefaultCertificate_IsFlagged() =>
        Outcomes.Single(policy.Evaluate(Distribution().With("viewerCertificate.acmCertificateArn", null).With("viewerCertificate.cloudfrontDefaultCertificate", new BoolValue(true)), WafFixture.Context),
            "edge-cdn", "viewerCertificate.acmCertificateArn");

    [Fact]
    public void DedicatedIp_IsFlagged() =>
        Outcomes.Single(policy.Evaluate(Distribution().With("viewerCertificate.sslSupportMethod", new StringValue("vip")), WafFixture.Context),
            "edge-cdn", "viewerCertificate.sslSupportMethod");

    [Fact]
    public void NoViewerCertificate_IsFlagged() =>
        Outcomes.Single(policy.Evaluate(Distribution().With("viewerCertificate", null), WafFixture.Context), "edge-cdn", "viewerCertificate");
}
