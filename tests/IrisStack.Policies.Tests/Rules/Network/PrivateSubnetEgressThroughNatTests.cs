using IrisStack.Components.Graph;
using IrisStack.Policies.Rules.Network;
using IrisStack.Policies.Tests.Fixtures;
using static IrisStack.Policies.Tests.Fixtures.NetworkFixture;

namespace IrisStack.Policies.Tests.Rules.Network;

public sealed class PrivateSubnetEgressThroughNatTests
{
    private readonly PrivateSubnetEgressThroughNat policy = new();

    [Fact]
    public void DefaultRouteThroughNat_IsCompliant() =>
        Assert.Equal(PolicyOutcome.Compliant, policy.Evaluate(Graph(), Context));

    [Fact]
    public void DefaultRouteToInternetGateway_FlagsTheRoute()
    {
        var graph = With(PrivateRoute, i => i.Unset("natGatewayId").With("gatewayId", new OutputReference(Igw, "id")));
        var finding = Outcomes.Single(policy.Evaluate(graph, Context), PrivateRoute, "gatewayId");
        Assert.Contains(PrivateSubnet, finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NoAssociation_FlagsTheSubnet()
    {
        var finding = Outcomes.Single(policy.Evaluate(Without(PrivateAssociation), Context), PrivateSubnet, string.Empty);
        Assert.Contains("main route table", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TableWithoutDefaultRoute_FlagsTheSubnet() =>
        Outcomes.Single(policy.Evaluate(With(PrivateRoute, i => i.With("destinationCidrBlock", "10.1.0.0/16")), Context), PrivateSubnet, string.Empty);

    [Fact]
    public void Ipv6DefaultRouteToInternetGateway_FlagsTheRoute()
    {
        var graph = With(PrivateRoute, i => i.Unset("destinationCidrBlock").With("destinationIpv6CidrBlock", "::/0").Unset("natGatewayId").With("gatewayId", new OutputReference(Igw, "id")));
        Outcomes.Single(policy.Evaluate(graph, Context), PrivateRoute, "gatewayId");
    }

    [Fact]
    public void InlineDefaultRouteToInternetGateway_FlagsTheTableRoute()
    {
        var inline = MapValue.Of(("cidrBlock", "0.0.0.0/0"), ("gatewayId", new OutputReference(Igw, "id")));
        Outcomes.Single(policy.Evaluate(With(PrivateRouteTable, i => i.With("routes", ListValue.Of(inline))), Context), PrivateRouteTable, "routes[0]");
    }

    [Fact]
    public void SubnetTaggedPrivateByAwsx_RouteToInternetGateway_FlagsTheRoute()
    {
        var graph = Graph((n, i) => n switch
        {
            PrivateSubnet => i.With("tags", MapValue.Of(("SubnetType", "Private"), ("Name", "vpc-private-1"))),
            PrivateRoute => i.Unset("natGatewayId").With("gatewayId", new OutputReference(Igw, "id")),
            _ => i,
        });

        Outcomes.Single(policy.Evaluate(graph, Context), PrivateRoute, "gatewayId");
    }

    [Fact]
    public void PublicSubnetRouteToInternetGateway_IsNotChecked() =>
        Assert.Equal(PolicyOutcome.Compliant, policy.Evaluate(Without(PublicAssociation), Context));

    [Fact]
    public void NoPrivateSubnets_IsNotApplicable()
    {
        Assert.Equal(PolicyOutcome.NotApplicable, policy.Evaluate(Without(PrivateSubnet, PrivateAssociation), Context));
        Assert.Equal(PolicyOutcome.NotApplicable, policy.Evaluate(Empty(), Context));
        Assert.Equal(PolicyOutcome.NotApplicable, policy.Evaluate(Unrelated(), Context));
    }
}
