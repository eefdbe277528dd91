using IrisStack.Policies.Rules.Edge;
using static IrisStack.Policies.Tests.Rules.Edge.AlbFixture;

namespace IrisStack.Policies.Tests.Rules.Edge;

public sealed class LoadBalancerTargetGroupHttpsTests
{
    private readonly LoadBalancerTargetGroupHttps policy = new();

    [Fact]
    public void TheEdgeTargetGroup_IsCompliant() =>
        Assert.Equal(PolicyOutcome.Compliant, policy.Evaluate(Node(TargetGroupType), Context));

    [Fact]
    public void Http_IsFlagged()
    {
        var finding = Single(policy.Evaluate(Node(TargetGroupType).With("protocol", "HTTP"), Context));
        Assert.Equal(("protocol", "The target group forwards with HTTP, in clear text."), (finding.Property, finding.Message));
    }

    [Fact]
    public void TcpAndLambdaGroups_AreNotApplicable()
    {
        Assert.Equal(PolicyOutcome.NotApplicable, policy.Evaluate(Node(TargetGroupType).With("protocol", "TCP"), Context));
        Assert.Equal(PolicyOutcome.NotApplicable, policy.Evaluate(Node(TargetGroupType).With("protocol", null).With("targetType", "lambda"), Context));
    }
}
