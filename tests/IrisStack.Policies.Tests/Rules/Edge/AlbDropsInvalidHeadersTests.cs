using IrisStack.Components.Graph;
using IrisStack.Policies.Rules.Edge;
using static IrisStack.Policies.Tests.Rules.Edge.AlbFixture;

namespace IrisStack.Policies.Tests.Rules.Edge;

public sealed class AlbDropsInvalidHeadersTests
{
    private readonly AlbDropsInvalidHeaders policy = new();

    [Fact]
    public void TheEdgeAlb_IsCompliant() =>
        Assert.Equal(PolicyOutcome.Compliant, policy.Evaluate(Node(LoadBalancerType), Context));

    [Theory]
    [InlineData(false)]
    [InlineData(null)]
    public void NotDropping_IsFlagged(bool? drop) =>
        Assert.Equal("dropInvalidHeaderFields", Single(policy.Evaluate(Node(LoadBalancerType).With("dropInvalidHeaderFields", drop is { } d ? new BoolValue(d) : null), Context)).Property);

    [Fact]
    public void NotALoadBalancer_IsNotApplicable() =>
        Assert.Equal(PolicyOutcome.NotApplicable, policy.Evaluate(Node(TargetGroupType), Context));
}
