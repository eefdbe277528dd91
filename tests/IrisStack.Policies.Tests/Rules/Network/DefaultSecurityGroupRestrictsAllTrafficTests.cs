using IrisStack.Components.Graph;
using IrisStack.Policies.Rules.Network;
using IrisStack.Policies.Tests.Fixtures;
using static IrisStack.Policies.Tests.Fixtures.NetworkFixture;

namespace IrisStack.Policies.Tests.Rules.Network;

public sealed class DefaultSecurityGroupRestrictsAllTrafficTests
{
    private readonly DefaultSecurityGroupRestrictsAllTraffic policy = new();

    [Fact]
    public void CompliantNetwork_IsCompliant() =>
        Assert.Equal(PolicyOutcome.Compliant, policy.Evaluate(Graph(), Context));

    [Fact]
    public void DefaultGroup_NotManaged_FlagsTheVpc()
    {
        var finding = Outcomes.Single(policy.Evaluate(Without(DefaultSg), Context), Vpc, string.Empty);
        Assert.Contains("not managed", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DefaultGroup_WithIngressRule_FlagsIngress()
    {
        var rule = MapValue.Of(("protocol", "-1"), ("fromPort", 0), ("toPort", 0), ("self", true));
        Outcomes.Single(policy.Evaluate(With(DefaultSg, i => i.With("ingress", ListValue.Of(rule))), Context), DefaultSg, "ingress");
    }

    [Fact]
    public void DefaultGroup_EgressUnset_FlagsEgress()
    {
        // Unset keeps AWS's allow-all egress rule; only an explicit empty list removes it.
        var finding = Outcomes.Single(policy.Evaluate(With(DefaultSg, i => i.Unset("egress")), Context), DefaultSg, "egress");
        Assert.Contains("egress: []", finding.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void DefaultGroup_OfAnotherVpc_FlagsTheVpc() =>
        Outcomes.Single(policy.Evaluate(With(DefaultSg, i => i.With("vpcId", "vpc-0123456789abcdef0")), Context), Vpc, string.Empty);

    [Fact]
    public void NoVpcNorDefaultGroup_IsNotApplicable()
    {
        Assert.Equal(PolicyOutcome.NotApplicable, policy.Evaluate(Empty(), Context));
        Assert.Equal(PolicyOutcome.NotApplicable, policy.Evaluate(Unrelated(), Context));
    }
}
