using IrisStack.Policies.Rules.Network;
using IrisStack.Policies.Tests.Fixtures;
using static IrisStack.Policies.Tests.Fixtures.NetworkFixture;

namespace IrisStack.Policies.Tests.Rules.Network;

public sealed class PrivateSubnetNoPublicIpTests
{
    private readonly PrivateSubnetNoPublicIp policy = new();

    [Fact]
    public void PrivateSubnet_WithoutPublicIps_IsCompliant() =>
        Assert.Equal(PolicyOutcome.Compliant, policy.Evaluate(Node(PrivateSubnet), Context));

    [Fact]
    public void PrivateSubnet_MapPublicIpOnLaunch_FlagsIt() =>
        Outcomes.Single(policy.Evaluate(Node(PrivateSubnet, i => i.With("mapPublicIpOnLaunch", true)), Context), PrivateSubnet, "mapPublicIpOnLaunch");

    [Fact]
    public void PublicSubnet_MapPublicIpOnLaunch_IsNotApplicable() =>
        Assert.Equal(PolicyOutcome.NotApplicable, policy.Evaluate(Node(PublicSubnet, i => i.With("mapPublicIpOnLaunch", true)), Context));

    [Fact]
    public void UntaggedSubnet_IsNotTreatedAsPrivate() =>
        Assert.Equal(PolicyOutcome.NotApplicable, policy.Evaluate(Node(PrivateSubnet, i => i.Unset("tags").With("mapPublicIpOnLaunch", true)), Context));

    [Theory]
    [InlineData(Vpc)]
    [InlineData(PrivateRouteTable)]
    public void OtherTypes_AreNotApplicable(string name) =>
        Assert.Equal(PolicyOutcome.NotApplicable, policy.Evaluate(Node(name), Context));
}
