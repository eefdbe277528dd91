using IrisStack.Policies.Rules.Network;
using IrisStack.Policies.Tests.Fixtures;
using static IrisStack.Policies.Tests.Fixtures.NetworkFixture;

namespace IrisStack.Policies.Tests.Rules.Network;

public sealed class VpcFlowLogsEnabledTests
{
    private readonly VpcFlowLogsEnabled policy = new();

    [Fact]
    public void CompliantNetwork_IsCompliant() =>
        Assert.Equal(PolicyOutcome.Compliant, policy.Evaluate(Graph(), Context));

    [Fact]
    public void FlowLog_RejectOnly_FlagsTheVpc()
    {
        var finding = Outcomes.Single(policy.Evaluate(With(FlowLog, i => i.With("trafficType", "REJECT")), Context), Vpc, string.Empty);
        Assert.Contains("trafficType ALL", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FlowLog_Missing_FlagsTheVpc() =>
        Outcomes.Single(policy.Evaluate(Without(FlowLog), Context), Vpc, string.Empty);

    [Fact]
    public void FlowLog_OfAnotherVpc_FlagsTheVpc() =>
        Outcomes.Single(policy.Evaluate(With(FlowLog, i => i.With("vpcId", "vpc-0123456789abcdef0")), Context), Vpc, string.Empty);

    [Fact]
    public void FlowLog_TrafficTypeUnset_FlagsTheVpc() =>
        Outcomes.Single(policy.Evaluate(With(FlowLog, i => i.Unset("trafficType")), Context), Vpc, string.Empty);

    [Fact]
    public void NoVpc_IsNotApplicable()
    {
        Assert.Equal(PolicyOutcome.NotApplicable, policy.Evaluate(Empty(), Context));
        Assert.Equal(PolicyOutcome.NotApplicable, policy.Evaluate(Unrelated(), Context));
    }
}
