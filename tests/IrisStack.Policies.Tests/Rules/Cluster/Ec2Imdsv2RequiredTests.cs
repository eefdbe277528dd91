using IrisStack.Components.Graph;
using IrisStack.Policies.Rules.Cluster;
using IrisStack.Policies.Tests.Fixtures;
using static IrisStack.Policies.Tests.Rules.Cluster.RuleNodes;

namespace IrisStack.Policies.Tests.Rules.Cluster;

public sealed class Ec2Imdsv2RequiredTests
{
    private readonly Ec2Imdsv2Required policy = new();

    public static TheoryData<string> Types => ["aws:ec2/launchTemplate:LaunchTemplate", "aws:ec2/launchConfiguration:LaunchConfiguration", "aws:ec2/instance:Instance"];

    [Theory]
    [MemberData(nameof(Types))]
    public void TokensRequired_HopLimitOne_IsCompliant(string type) =>
        Assert.Equal(PolicyOutcome.Compliant, policy.Evaluate(Hardened(type), Context));

    [Theory]
    [MemberData(nameof(Types))]
    public void TokensOptional_IsFlagged(string type) =>
        Outcomes.Single(policy.Evaluate(Hardened(type).With("metadataOptions.httpTokens", "optional"), Context), "subject", "metadataOptions.httpTokens");

    [Theory]
    [MemberData(nameof(Types))]
    public void TokensUnset_IsFlagged(string type) =>
        Outcomes.Single(policy.Evaluate(Hardened(type).With("metadataOptions.httpTokens", null), Context), "subject", "metadataOptions.httpTokens");

    [Theory]
    [MemberData(nameof(Types))]
    public void HopLimitTwo_IsFlagged(string type) =>
        Outcomes.Single(policy.Evaluate(Hardened(type).With("metadataOptions.httpPutResponseHopLimit", 2), Context), "subject", "metadataOptions.httpPutResponseHopLimit");

    [Theory]
    [MemberData(nameof(Types))]
    public void HopLimitUnset_IsFlagged(string type) =>
        Outcomes.Single(policy.Evaluate(Hardened(type).With("metadataOptions.httpPutResponseHopLimit", null), Context), "subject", "metadataOptions.httpPutResponseHopLimit");

    [Theory]
    [MemberData(nameof(Types))]
    public void NoMetadataOptions_FlagsBoth(string type)
    {
        var violations = Assert.IsType<PolicyOutcome.ViolationsOutcome>(policy.Evaluate(Hardened(type).With("metadataOptions", null), Context));

        Assert.Equal(["metadataOptions.httpTokens", "metadataOptions.httpPutResponseHopLimit"], violations.Findings.Select(f => f.Property));
    }

    [Theory]
    [MemberData(nameof(Types))]
    public void EndpointDisabled_IsCompliant(string type) =>
        Assert.Equal(PolicyOutcome.Compliant, policy.Evaluate(Node(type, ("metadataOptions", MapValue.Of(("httpEndpoint", "disabled")))), Context));

    [Fact]
    public void Instance_FromALaunchTemplate_StillNeedsItsOwnOptions()
    {
        var instance = Node("aws:ec2/instance:Instance", ("launchTemplate", MapValue.Of(("id", "lt-0123456789abcdef0"))));

        var finding = Assert.IsType<PolicyOutcome.ViolationsOutcome>(policy.Evaluate(instance, Context)).Findings[0];
        Assert.Contains("on the instance", finding.Fix, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("aws:eks/nodeGroup:NodeGroup")]
    [InlineData("aws:ebs/volume:Volume")]
    public void OtherTypes_AreNotApplicable(string type) =>
        Assert.Equal(PolicyOutcome.NotApplicable, policy.Evaluate(Node(type, ("metadataOptions", MapValue.Of(("httpTokens", "optional")))), Context));

    private static ResourceNode Hardened(string type) =>
        Node(type, ("metadataOptions", MapValue.Of(("httpEndpoint", "enabled"), ("httpTokens", "required"), ("httpPutResponseHopLimit", 1))));
}
