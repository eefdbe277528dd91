using IrisStack.Components.Config;
using IrisStack.Components.Graph;
using IrisStack.Policies.Rules.WebGateway;
using static IrisStack.Policies.Tests.WebGateway.WebGatewayFixtures;

namespace IrisStack.Policies.Tests.WebGateway;

public class WebGatewaySystemManagerRestrictedTests
{
    private static readonly WebGatewaySystemManagerRestricted Policy = new();

    [Fact]
    public void Loopback_Compliant() =>
        Assert.Equal(PolicyOutcome.Compliant, Policy.Evaluate(Graph(), Context0));

    [Theory]
    [InlineData("*.*.*.*")]
    [InlineData("10.0.1.*")]
    [InlineData("192.168.1.4-6")]
    [InlineData("10.0.1.5")]
    public void BeyondLoopback_WithoutAdminCidrs_Violation(string entry)
    {
        var finding = Assert.Single(Findings(Policy.Evaluate(Graph(Config with { SystemManager = ["127.0.0.1", entry] }), Context0)));
        Assert.Contains($"'{entry}'", finding.Message, StringComparison.Ordinal);
        Assert.Equal("webgateway-csp-ini", finding.Resource);
    }

    [Theory]
    [InlineData("10.0.1.*", true)]
    [InlineData("10.0.1.4-6", true)]
    [InlineData("10.0.*.*", false)]
    public void InsideAdminCidrs_Compliant(string entry, bool compliant)
    {
        var config = Config with
        {
            SystemManager = [entry],
            Uris = Config.Uris with { AdminPaths = ["/csp/bin/Systems/"], AdminCidrs = [Ipv4Cidr.Parse("10.0.1.0/24")] },
        };
        Assert.Equal(compliant, Policy.Evaluate(Graph(config), Context0) == PolicyOutcome.Compliant);
    }

    [Fact]
    public void NoWebGateway_NotApplicable() =>
        Assert.Equal(PolicyOutcome.NotApplicable, Policy.Evaluate(new GraphBuilder("iris-stack", "test").Build(), Context0));
}
