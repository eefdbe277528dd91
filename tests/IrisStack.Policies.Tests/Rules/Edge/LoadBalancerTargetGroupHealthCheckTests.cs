using IrisStack.Policies.Rules.Edge;
using static IrisStack.Policies.Tests.Rules.Edge.AlbFixture;

namespace IrisStack.Policies.Tests.Rules.Edge;

public sealed class LoadBalancerTargetGroupHealthCheckTests
{
    private readonly LoadBalancerTargetGroupHealthCheck policy = new();

    [Fact]
    public void TheEdgeTargetGroup_IsCompliant() =>
        Assert.Equal(PolicyOutcome.Compliant, policy.Evaluate(Node(TargetGroupType), Context));

    [Fact]
    public void NoHealthCheck_IsFlagged() =>
        Assert.Equal("healthCheck", Single(policy.Evaluate(Node(TargetGroupType).With("healthCheck", null), Context)).Property);

    [Fact]
    public void DisabledHealthCheck_IsFlagged() =>
        Assert.Equal("healthCheck.enabled", Single(policy.Evaluate(Node(TargetGroupType).With("healthCheck.enabled", false), Context)).Property);

    [Fact]
    public void NoPath_IsFlagged() =>
        Assert.Equal("healthCheck.path", Single(policy.Evaluate(Node(TargetGroupType).With("healthCheck.path", null), Context)).Property);

    [Fact]
    public void NotATargetGroup_IsNotApplicable() =>
        Assert.Equal(PolicyOutcome.NotApplicable, policy.Evaluate(Node(ListenerType), Context));
}
