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
        // Adopting the group removes its rules, so unset is not an open group; [] is still demanded, as the stated intent.
        var finding = Outcomes.Single(policy.Evaluate(With(DefaultSg, i => i.Unset("egress")), Context), DefaultSg, "egress");
        Assert.Contains("egress: []", finding.Fix, StringComparison.Ordinal);
        Assert.Contains("adopting the group removes its rules", finding.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("default rule", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule", DefaultSg, "id")]
    [InlineData("aws:vpc/securityGroupEgressRule:SecurityGroupEgressRule", DefaultSg, "id")]
    [InlineData("aws:ec2/securityGroupRule:SecurityGroupRule", Vpc, "defaultSecurityGroupId")]
    public void RuleResource_OnTheDefaultGroup_FlagsTheRule(string type, string node, string output)
    {
        var finding = Outcomes.Single(policy.Evaluate(WithRule(type, new OutputReference(node, output)), Context), "extra-rule", "securityGroupId");
        Assert.Contains("default security group", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RuleResource_OnAnotherGroup_IsCompliant() =>
        Assert.Equal(PolicyOutcome.Compliant, policy.Evaluate(WithRule("aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule", "sg-0123456789abcdef0"), Context));

    private static ResourceGraph WithRule(string type, Value securityGroupId)
    {
        var builder = new GraphBuilder("iris-stack", "test");
        foreach (var node in Graph().Nodes)
        {
            builder.Add(node);
        }

        builder.Resource(type, "extra-rule", MapValue.Of(("securityGroupId", securityGroupId), ("ipProtocol", "-1"), ("cidrIpv4", "0.0.0.0/0")));
        return builder.Build();
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
