using System.Text.Json.Nodes;
using IrisStack.Components.ApiGateway.Redis;
using IrisStack.Components.Graph;
using static IrisStack.Components.Tests.ApiGateway.ApiGatewayLayerFixture;

namespace IrisStack.Components.Tests.ApiGateway;

public sealed class ManagedRedisTests
{
    private static readonly Lazy<(ResourceGraph Graph, IrisStack.Components.ApiGateway.ApiGatewayOutputs Outputs, IrisStack.Components.Network.NetworkOutputs Network)> ProdBuild = new(() => Build(Prod()));

    private static ResourceGraph Graph => ProdBuild.Value.Graph;

    private static ResourceNode Group(ResourceGraph graph) => Node(graph, "redis");

    private static IEnumerable<string> Texts(Value? list) => Assert.IsType<ListValue>(list).Items.Select(i => Assert.IsType<StringValue>(i).Value);

    [Fact]
    public void ReplicationGroup_RequiresTls_EncryptsAtRestWithItsOwnKey_AndAuthenticatesWithTheSecretToken()
    {
        var group = Group(Graph);

        Assert.Equal(new BoolValue(true), group.Input("transitEncryptionEnabled"));
        Assert.Equal(new StringValue("required"), group.Input("transitEncryptionMode"));
        Assert.Equal(new BoolValue(true), group.Input("atRestEncryptionEnabled"));
        Assert.Equal(new OutputReference($"{Name}-redis-key", "arn"), group.Input("kmsKeyId"));
        Assert.Equal("aws:kms/key:Key", Node(Graph, "redis-key").Type);
        Assert.Equal(new SecretValue(new StringValue("redis-token-1-abcdefgh")), group.Input("authToken"));
        Assert.True(group.Options.Protect);
    }

    [Fact]
    public void Prod_TwoNodes_MultiAz_WithFailover_AndSnapshotsKept()
    {
        var group = Group(Graph);

        Assert.Equal((2, true, true, 7), (
            (int)Assert.IsType<NumberValue>(group.Input("numCacheClusters")).Value,
            Assert.IsType<BoolValue>(group.Input("automaticFailoverEnabled")).Value,
            Assert.IsType<BoolValue>(group.Input("multiAzEnabled")).Value,
            (int)Assert.IsType<NumberValue>(group.Input("snapshotRetentionLimit")).Value));
    }

    [Fact]
    public void Dev_OneSmallNode_WithoutFailover_StillTlsAndAuth()
    {
        var group = Group(Build(Dev()).Graph);

        Assert.Equal(new NumberValue(1), group.Input("numCacheClusters"));
        Assert.Equal(new BoolValue(false), group.Input("automaticFailoverEnabled"));
        Assert.Equal(new BoolValue(false), group.Input("multiAzEnabled"));
        Assert.Equal(new StringValue("cache.t4g.micro"), group.Input("nodeType"));
        Assert.Equal(new StringValue("required"), group.Input("transitEncryptionMode"));
        Assert.IsType<SecretValue>(group.Input("authToken"));
    }

    [Fact]
    public void Engine_IsRedisOss7_PinnedWithItsParameterGroup()
    {
        var group = Group(Graph);

        Assert.Equal(new StringValue("redis"), group.Input("engine"));
        Assert.Equal(new StringValue("7.1"), group.Input("engineVersion"));
        Assert.Equal(new StringValue(ElastiCacheSettings.ParameterGroupName), group.Input("parameterGroupName"));
        Assert.Equal("default.redis7", ElastiCacheSettings.ParameterGroupName);
    }

    [Fact]
    public void Endpoint_IsThePrimaryEndpointOutput()
    {
        Assert.Equal(new OutputReference($"{Name}-redis", "primaryEndpointAddress"), ProdBuild.Value.Outputs.RedisPrimaryEndpoint);
    }

    [Fact]
    public void SubnetGroup_IsThePrivateSubnets()
    {
        var subnets = Node(Graph, "redis-subnets");

        Assert.Equal(ListValue.Of(ProdBuild.Value.Network.PrivateSubnets.Select(s => s.Id)), subnets.Input("subnetIds"));
        Assert.Equal(new OutputReference(subnets.Name, "name"), Group(Graph).Input("subnetGroupName"));
    }

    [Fact]
    public void SecurityGroup_AdmitsTheRedisPortFromThePrivateSubnetsOnly_AndNoEgress()
    {
        var sg = Node(Graph, "redis-sg");
        var rule = Assert.IsType<MapValue>(Assert.Single(Assert.IsType<ListValue>(sg.Input("ingress")).Items));

        Assert.Equal((6379, 6379, "tcp"), ((int)((NumberValue)rule["fromPort"]!).Value, (int)((NumberValue)rule["toPort"]!).Value, ((StringValue)rule["protocol"]!).Value));
        Assert.Equal(ProdBuild.Value.Network.PrivateSubnets.Select(s => s.Cidr), Texts(rule["cidrBlocks"]));
        Assert.Empty(Assert.IsType<ListValue>(sg.Input("egress")).Items);
        Assert.Equal(ListValue.Of(new OutputReference(sg.Name, "id")), Group(Graph).Input("securityGroupIds"));
    }

    [Fact]
    public void Logs_SlowAndEngine_GoToRetainedLogGroupsEncryptedWithTheNetworksLogsKey()
    {
        var deliveries = Assert.IsType<ListValue>(Group(Graph).Input("logDeliveryConfigurations")).Items.Cast<MapValue>().ToList();

        Assert.Equal(["slow-log", "engine-log"], deliveries.Select(d => ((StringValue)d["logType"]!).Value));
        foreach (var delivery in deliveries)
        {
            var logGroup = Graph[((OutputReference)delivery["destination"]!).Node];
            Assert.Equal(new StringValue("cloudwatch-logs"), delivery["destinationType"]);
            Assert.Equal(ProdBuild.Value.Network.LogsKeyArn, logGroup.Input("kmsKeyId"));
            Assert.Equal(new NumberValue(365), logGroup.Input("retentionInDays"));
        }
    }

    [Fact]
    public void KeyPolicy_LetsTheAccountUseTheKeyOnlyThroughElastiCacheInTheRegion()
    {
        var policy = JsonNode.Parse(Assert.IsType<StringValue>(Node(Graph, "redis-key").Input("policy")).Value)!;
        var statement = policy["Statement"]!.AsArray().Single(s => s!["Sid"]!.GetValue<string>() == "ElastiCacheUsesKey")!;

        Assert.Equal("elasticache.eu-west-1.amazonaws.com", statement["Condition"]!["StringEquals"]!["kms:ViaService"]!.GetValue<string>());
        Assert.Equal("123456789012", statement["Condition"]!["StringEquals"]!["kms:CallerAccount"]!.GetValue<string>());
        Assert.Contains("kms:CreateGrant", statement["Action"]!.AsArray().Select(a => a!.GetValue<string>()));
    }

    [Fact]
    public void LogTypes_AreTheOnesElastiCacheDeliversForRedis() =>
        Assert.Equal(["slow-log", "engine-log"], ManagedRedis.LogTypes);
}
