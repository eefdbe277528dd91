using IrisStack.Policies.Rules.Edge;
using static IrisStack.Policies.Tests.Rules.Edge.AlbFixture;

namespace IrisStack.Policies.Tests.Rules.Edge;

public sealed class AlbDesyncMitigationTests
{
    private readonly AlbDesyncMitigation policy = new();

    [Fact]
    public void TheEdgeAlb_IsCompliant() =>
        Assert.Equal(PolicyOutcome.Compliant, policy.Evaluate(Node(LoadBalancerType), Context));

    [Fact]
    public void Unset_IsAwssDefensiveDefault_Compliant() =>
        Assert.Equal(PolicyOutcome.Compliant, policy.Evaluate(Node(LoadBalancerType).With("desyncMitigationMode", null), Context));

    [Fact]
    public void Monitor_IsFlagged()
    {
        var finding = Single(policy.Evaluate(Node(LoadBalancerType).With("desyncMitigationMode", "monitor"), Context));
        Assert.Equal("desyncMitigationMode", finding.Property);
        Assert.Contains("'monitor'", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GatewayLoadBalancer_IsNotApplicable() =>
        Assert.Equal(PolicyOutcome.NotApplicable, policy.Evaluate(Node(LoadBalancerType).With("loadBalancerType", "gateway").With("desyncMitigationMode", "monitor"), Context));
}
