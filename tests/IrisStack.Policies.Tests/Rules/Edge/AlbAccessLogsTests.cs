using IrisStack.Policies.Rules.Edge;
using static IrisStack.Policies.Tests.Rules.Edge.AlbFixture;

namespace IrisStack.Policies.Tests.Rules.Edge;

public sealed class AlbAccessLogsTests
{
    private readonly AlbAccessLogs policy = new();

    [Fact]
    public void TheEdgeAlb_IsCompliant() =>
        Assert.Equal(PolicyOutcome.Compliant, policy.Evaluate(Node(LoadBalancerType), Context));

    [Fact]
    public void AccessLogsOff_IsFlagged()
    {
        var finding = Single(policy.Evaluate(Node(LoadBalancerType).With("accessLogs.enabled", false), Context));
        Assert.Equal(("edge-alb", "accessLogs.enabled", "The load balancer writes no access logs."), (finding.Resource, finding.Property, finding.Message));
    }

    [Fact]
    public void NoAccessLogs_IsFlagged() =>
        Assert.Equal("accessLogs.enabled", Single(policy.Evaluate(Node(LoadBalancerType).With("accessLogs", null), Context)).Property);

    [Fact]
    public void NoBucket_IsFlagged() =>
        Assert.Equal("accessLogs.bucket", Single(policy.Evaluate(Node(LoadBalancerType).With("accessLogs.bucket", null), Context)).Property);

    [Fact]
    public void NetworkLoadBalancer_IsNotApplicable() =>
        Assert.Equal(PolicyOutcome.NotApplicable, policy.Evaluate(Node(LoadBalancerType).With("loadBalancerType", "network").With("accessLogs", null), Context));
}
