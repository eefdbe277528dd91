using System.Text.Json;
using IrisStack.Components.Aws;
using IrisStack.Components.Config;
using IrisStack.Components.Graph;
using IrisStack.Components.Network;

namespace IrisStack.Components.Tests.Network;

public sealed class NetworkLayerTests
{
    private static readonly StackContext Context = new("iris-stack", "test", "eu-west-1", "123456789012", ImmutableSortedDictionaryOf(("owner", "me")));

    [Fact]
    public void Vpc_HasDnsAndTheConfiguredCidr()
    {
        var graph = Build(NatGatewayStrategy.Single);

        var vpc = Assert.Single(graph.OfType("aws:ec2/vpc:Vpc"));
        Assert.Equal("network-vpc", vpc.Name);
        Assert.Equal("network", vpc.Parent);
        Assert.Equal(new StringValue("10.0.0.0/16"), vpc.Input("cidrBlock"));
        Assert.Equal(new BoolValue(true), vpc.Input("enableDnsSupport"));
        Assert.Equal(new BoolValue(true), vpc.Input("enableDnsHostnames"));
        Assert.Equal(new StringValue("me"), vpc.Input("tags.owner"));
        Assert.Equal(new StringValue("network-vpc"), vpc.Input("tags.Name"));
    }

    [Fact]
    public void Subnets_OnePublicAndOnePrivatePerZone_NoneAssignsPublicIps()
    {
        var graph = Build(NatGatewayStrategy.Single);

        var subnets = graph.OfType("aws:ec2/subnet:Subnet").ToList();
        Assert.Equal(6, subnets.Count);
        Assert.All(subnets, s => Assert.Equal(new OutputReference("network-vpc", "id"), s.Input("vpcId")));
        Assert.All(subnets, s => Assert.Equal(new BoolValue(false), s.Input("mapPublicIpOnLaunch")));
        var privateSubnets = subnets.Where(s => s.Input("tags") is MapValue t && t["kubernetes.io/role/internal-elb"] is not null).ToList();
        Assert.Equal(["eu-west-1a", "eu-west-1b", "eu-west-1c"], privateSubnets.Select(s => ((StringValue)s.Input("availabilityZone")!).Value));
        Assert.Equal(["10.0.0.0/19", "10.0.64.0/19", "10.0.128.0/19"], privateSubnets.Select(s => ((StringValue)s.Input("cidrBlock")!).Value));
    }

    [Fact]
    public void Nat_Single_CreatesOneGatewayThatEveryPrivateRouteUses()
    {
        var graph = Build(NatGatewayStrategy.Single);

        var nat = Assert.Single(graph.OfType("aws:ec2/natGateway:NatGateway"));
        Assert.Equal(new OutputReference("network-public-eu-west-1a", "id"), nat.Input("subnetId"));
        Assert.Equal(new OutputReference("network-nat-eip-eu-west-1a", "allocationId"), nat.Input("allocationId"));
        Assert.Single(graph.OfType("aws:ec2/eip:Eip"));
        var privateRoutes = graph.OfType("aws:ec2/route:Route").Where(r => r.Input("natGatewayId") is not null).ToList();
        Assert.Equal(3, privateRoutes.Count);
        Assert.All(privateRoutes, r => Assert.Equal(new OutputReference("network-nat-eu-west-1a", "id"), r.Input("natGatewayId")));
    }

    [Fact]
    public void Nat_OnePerAz_CreatesOneGatewayPerZoneAndRoutesEachZoneToItsOwn()
    {
        var graph = Build(NatGatewayStrategy.OnePerAz);

        var nats = graph.OfType("aws:ec2/natGateway:NatGateway").ToList();
        Assert.Equal(["network-nat-eu-west-1a", "network-nat-eu-west-1b", "network-nat-eu-west-1c"], nats.Select(n => n.Name));
        Assert.Equal(3, graph.OfType("aws:ec2/eip:Eip").Count());
        foreach (var zone in new[] { "eu-west-1a", "eu-west-1b", "eu-west-1c" })
        {
            var route = graph[$"network-private-default-route-{zone}"];
            Assert.Equal(new OutputReference($"network-nat-{zone}", "id"), route.Input("natGatewayId"));
            Assert.Equal(new OutputReference($"network-private-rt-{zone}", "id"), route.Input("routeTableId"));
            Assert.Equal(new StringValue("0.0.0.0/0"), route.Input("destinationCidrBlock"));
            var association = graph[$"network-private-rta-{zone}"];
            Assert.Equal(new OutputReference($"network-private-{zone}", "id"), association.Input("subnetId"));
        }
    }

    [Fact]
    public void PublicSubnets_RouteToTheInternetGateway()
    {
        var graph = Build(NatGatewayStrategy.Single);

        var route = graph["network-public-default-route"];
        Assert.Equal(new OutputReference("network-igw", "id"), route.Input("gatewayId"));
        Assert.Equal(3, graph.OfType("aws:ec2/routeTableAssociation:RouteTableAssociation")
            .Count(a => a.Input("routeTableId") == new OutputReference("network-public-rt", "id")));
    }

    [Fact]
    public void DefaultSecurityGroup_IsStrippedOfAllRules()
    {
        var group = Assert.Single(Build(NatGatewayStrategy.Single).OfType("aws:ec2/defaultSecurityGroup:DefaultSecurityGroup"));

        Assert.Equal(ListValue.Of(), group.Input("ingress"));
        Assert.Equal(ListValue.Of(), group.Input("egress"));
    }

    [Fact]
    public void FlowLogs_CaptureAllTrafficIntoACmkEncryptedLogGroup()
    {
        var graph = Build(NatGatewayStrategy.Single);

        var flowLog = Assert.Single(graph.OfType("aws:ec2/flowLog:FlowLog"));
        Assert.Equal(new StringValue("ALL"), flowLog.Input("trafficType"));
        Assert.Equal(new OutputReference("network-vpc", "id"), flowLog.Input("vpcId"));
        Assert.Equal(new OutputReference("network-flow-logs", "arn"), flowLog.Input("logDestination"));
        Assert.Equal(new OutputReference("network-flow-logs-role", "arn"), flowLog.Input("iamRoleArn"));
        var logGroup = graph["network-flow-logs"];
        Assert.Equal(new OutputReference("network-logs-key", "arn"), logGroup.Input("kmsKeyId"));
        Assert.Equal(new NumberValue(90), logGroup.Input("retentionInDays"));
        var key = graph["network-logs-key"];
        Assert.Equal(new BoolValue(true), key.Input("enableKeyRotation"));
    }

    [Fact]
    public void LogsKeyPolicy_LetsCloudWatchLogsOfThisAccountUseTheKey()
    {
        var key = Build(NatGatewayStrategy.Single)["network-logs-key"];

        using var policy = JsonDocument.Parse(((StringValue)key.Input("policy")!).Value);
        var statements = policy.RootElement.GetProperty("Statement").EnumerateArray().ToList();
        Assert.Equal("arn:aws:iam::123456789012:root", statements[0].GetProperty("Principal").GetProperty("AWS").GetString());
        Assert.Equal("logs.eu-west-1.amazonaws.com", statements[1].GetProperty("Principal").GetProperty("Service").GetString());
        Assert.Equal(
            "arn:aws:logs:eu-west-1:123456789012:*",
            statements[1].GetProperty("Condition").GetProperty("ArnLike").GetProperty("kms:EncryptionContext:aws:logs:arn").GetString());
    }

    [Fact]
    public void FlowLogRole_IsAssumableOnlyByFlowLogsOfThisAccountAndWritesOnlyItsGroup()
    {
        var graph = Build(NatGatewayStrategy.Single);

        using var trust = JsonDocument.Parse(((StringValue)graph["network-flow-logs-role"].Input("assumeRolePolicy")!).Value);
        var statement = trust.RootElement.GetProperty("Statement")[0];
        Assert.Equal("vpc-flow-logs.amazonaws.com", statement.GetProperty("Principal").GetProperty("Service").GetString());
        Assert.Equal("123456789012", statement.GetProperty("Condition").GetProperty("StringEquals").GetProperty("aws:SourceAccount").GetString());
        var permissions = Assert.IsType<InterpolationValue>(graph["network-flow-logs-policy"].Input("policy"));
        Assert.Equal(2, permissions.Parts.Count(p => p == new OutputReference("network-flow-logs", "arn")));
        Assert.Equal(new OutputReference("network-flow-logs-role", "name"), graph["network-flow-logs-attachment"].Input("role"));
    }

    [Fact]
    public void S3GatewayEndpoint_ServesThePrivateRouteTables()
    {
        var endpoint = Build(NatGatewayStrategy.OnePerAz)["network-s3-endpoint"];

        Assert.Equal(new StringValue("com.amazonaws.eu-west-1.s3"), endpoint.Input("serviceName"));
        Assert.Equal(new StringValue("Gateway"), endpoint.Input("vpcEndpointType"));
        Assert.Equal(
            ListValue.Of(new[] { "a", "b", "c" }.Select(z => (Value)new OutputReference($"network-private-rt-eu-west-1{z}", "id"))),
            endpoint.Input("routeTableIds"));
    }

    [Fact]
    public void EveryChild_IsParentedToTheComponentAndNamedFromIt()
    {
        var graph = Build(NatGatewayStrategy.OnePerAz);

        var component = graph.Nodes[0];
        Assert.Equal(("iris:network:Network", "network", NodeKind.Component), (component.Type, component.Name, component.Kind));
        Assert.All(graph.Nodes.Skip(1), n => Assert.Equal("network", n.Parent));
        Assert.All(graph.Nodes.Skip(1), n => Assert.StartsWith("network-", n.Name, StringComparison.Ordinal));
    }

    [Fact]
    public void SameConfig_GivesTheSameGraph()
    {
        var first = Build(NatGatewayStrategy.OnePerAz);
        var second = Build(NatGatewayStrategy.OnePerAz);

        Assert.Equal(first.Nodes.ToArray(), second.Nodes.ToArray());
    }

    private static ResourceGraph Build(NatGatewayStrategy strategy)
    {
        var config = new NetworkConfig(Ipv4Cidr.Parse("10.0.0.0/16"), ["eu-west-1a", "eu-west-1b", "eu-west-1c"], strategy, 90, [], []);
        var graph = new GraphBuilder("iris-stack", "test");
        NetworkLayer.Build(graph, new ComponentScope("network"), Context, config);
        return graph.Build();
    }

    private static System.Collections.Immutable.ImmutableSortedDictionary<string, string> ImmutableSortedDictionaryOf(params (string Key, string Value)[] entries) =>
        System.Collections.Immutable.ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, entries.Select(e => KeyValuePair.Create(e.Key, e.Value)));
}
