using IrisStack.Components.Graph;
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
    [InlineData("SubnetType", "Private")]
    [InlineData("SubnetType", "private")]
    [InlineData("aws-cdk:subnet-type", "Private")]
    [InlineData("Name", "vpc-private-eu-west-1a")]
    [InlineData("Name", "Private Subnet A")]
    [InlineData("Name", "app_private_1")]
    public void SubnetDeclaredPrivateOtherwise_IsChecked(string tag, string value) =>
        Outcomes.Single(policy.Evaluate(Node(PrivateSubnet, i => i.With("tags", MapValue.Of((tag, value))).With("mapPublicIpOnLaunch", true)), Context), PrivateSubnet, "mapPublicIpOnLaunch");

    [Theory]
    [InlineData("SubnetType", "Public")]
    [InlineData("aws-cdk:subnet-type", "Public")]
    [InlineData("kubernetes.io/role/elb", "1")]
    public void SubnetNamedPrivateButTaggedPublic_IsPublic(string tag, string value) =>
        Assert.Equal(PolicyOutcome.NotApplicable, policy.Evaluate(Node(PrivateSubnet, i => i.With("tags", MapValue.Of(("Name", "private-a"), (tag, value))).With("mapPublicIpOnLaunch", true)), Context));

    [Theory]
    [InlineData("Name", "privatelink-endpoints")]
    [InlineData("Name", "public-a")]
    [InlineData("SubnetType", "Isolated")]
    public void SubnetNotDeclaredPrivate_IsNotChecked(string tag, string value) =>
        Assert.Equal(PolicyOutcome.NotApplicable, policy.Evaluate(Node(PrivateSubnet, i => i.With("tags", MapValue.Of((tag, value))).With("mapPublicIpOnLaunch", true)), Context));

    [Theory]
    [InlineData(Vpc)]
    [InlineData(PrivateRouteTable)]
    public void OtherTypes_AreNotApplicable(string name) =>
        Assert.Equal(PolicyOutcome.NotApplicable, policy.Evaluate(Node(name), Context));
}
