using System.Collections.Immutable;
using System.Text.Json;
using IrisStack.Components.Aws;
using IrisStack.Components.Cluster;
using IrisStack.Components.Config;
using IrisStack.Components.Edge.Alb;
using IrisStack.Components.Graph;
using IrisStack.Components.Network;
using IrisStack.Components.Tests.Schema;

namespace IrisStack.Components.Tests.Edge;

public sealed class EdgeAlbTests
{
    private const string Name = "edge";
    private const string Certificate = "arn:aws:acm:eu-west-1:123456789012:certificate/11111111-2222-3333-4444-555555555555";
    private const string PrefixList = "pl-4fa04526";

    private static readonly AlbTarget Target = new("api-gateway", "iris-api-gateway-proxy", TierPorts.Default.ApiGatewayProxy);

    private static StackContext Context(string region = "eu-west-1", bool protect = false) =>
        new("iris-stack", "test", region, "123456789012", ImmutableSortedDictionary.Create<string, string>(StringComparer.Ordinal)) { ProtectStatefulResources = protect };

    private static AlbConfig Config(bool deletionProtection) =>
        new(Certificate, AlbSslPolicies.Default, deletionProtection, 90, 60, AlbConfig.DefaultHealthCheckPath, AlbConfig.DefaultHealthCheckMatcher, PrefixList);

    internal static (ResourceGraph Graph, AlbOutputs Outputs, NetworkOutputs Network) Build(string region = "eu-west-1", bool protect = false)
    {
        var context = Context(region, protect);
        var graph = new GraphBuilder("iris-stack", "test");
        var zones = new[] { "a", "b", "c" }.Select(z => region + z).ToImmutableArray();
        var network = NetworkLayer.Build(graph, new ComponentScope("network"), context, new NetworkConfig(Ipv4Cidr.Parse("10.0.0.0/16"), zones, NatGatewayStrategy.Single, 90, [], []));
        var clusterComponent = graph.Component(TypeTokens.Cluster, "cluster");
        var provider = graph.Provider("kubernetes", "cluster-k8s", MapValue.Empty, clusterComponent.Name);
        var ns = graph.Resource("kubernetes:core/v1:Namespace", "cluster-ns-api-gateway", MapValue.Of(("metadata", MapValue.Of(("name", Target.Namespace)))), clusterComponent.Name, new ResourceOptions { Provider = provider.Name });
        var cluster = new ClusterOutputs(
            "iris-stack-test", provider.Name, new TierNamespaces(Target.Namespace, "web-gateway", "iris"),
            ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, [KeyValuePair.Create(Target.Namespace, ns.Name)]),
            TierChain.Plan(TierPorts.Default, network.PrivateSubnets.Select(s => s.Cidr)), new SecretValue(new OutputReference("cluster-eks", "kubeconfigJson")),
            "arn:aws:iam::123456789012:oidc-provider/x", "oidc.eks.eu-west-1.amazonaws.com/id/X");
        var edge = graph.Component(TypeTokens.Edge, new ComponentScope(Name));
        var outputs = EdgeAlb.Add(graph, new ComponentScope(Name), context, Config(protect), network, cluster, Target, edge.Name);
        return (graph.Build(), outputs, network);
    }

    [Fact]
    public void LoadBalancer_InternalApplication_InThePrivateSubnets_BehindItsOwnGroup_Hardened()
    {
        var (graph, outputs, network) = Build();
        var alb = Assert.Single(graph.OfType("aws:lb/loadBalancer:LoadBalancer"));
        Assert.Equal(("edge-alb", Name), (alb.Name, alb.Parent));
        Assert.Equal(new BoolValue(true), alb.Input("internal"));
        Assert.Equal(new StringValue("application"), alb.Input("loadBalancerType"));
        Assert.Equal(ListValue.Of(network.PrivateSubnets.Select(s => s.Id)), alb.Input("subnets"));
        Assert.Equal(ListValue.Of(new OutputReference("edge-alb-sg", "id")), alb.Input("securityGroups"));
        Assert.Equal(new BoolValue(true), alb.Input("dropInvalidHeaderFields"));
        Assert.Equal(new StringValue("strictest"), alb.Input("desyncMitigationMode"));
        Assert.Equal(new BoolValue(false), alb.Input("enableDeletionProtection"));
        Assert.Equal(new NumberValue(60), alb.Input("idleTimeout"));
        Assert.Equal(MapValue.Of(("bucket", new OutputReference("edge-alb-logs", "bucket")), ("prefix", "alb"), ("enabled", true)), alb.Input("accessLogs"));
        Assert.Contains("edge-alb-logs-policy", alb.Options.DependsOn);
        Assert.Equal(new OutputReference(alb.Name, "arn"), outputs.LoadBalancerArn);
        Assert.Equal(new OutputReference(alb.Name, "dnsName"), outputs.DnsName);
        Assert.Equal(["iris-stack:edge.alb.deletionProtection"], graph.SettingsOf(alb.Name, "enableDeletionProtection"));
    }

    [Fact]
    public void DeletionProtection_FollowsTheConfig()
    {
        var alb = Assert.Single(Build(protect: true).Graph.OfType("aws:lb/loadBalancer:LoadBalancer"));
        Assert.Equal(new BoolValue(true), alb.Input("enableDeletionProtection"));
    }

    [Fact]
    public void SecurityGroup_Admits443OnlyFromThePrefixList_SendsOnlyToTheProxyPortInThePrivateSubnets()
    {
        var (graph, outputs, network) = Build();
        var group = Assert.Single(graph.OfType("aws:ec2/securityGroup:SecurityGroup"));
        Assert.Null(group.Input("ingress"));
        Assert.Null(group.Input("egress"));
        Assert.Equal(network.VpcId, group.Input("vpcId"));
        Assert.Equal(new OutputReference(group.Name, "id"), outputs.SecurityGroupId);

        var ingress = Assert.Single(graph.OfType("aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule"));
        Assert.Equal(
            (new OutputReference(group.Name, "id"), new StringValue("tcp"), new NumberValue(443), new NumberValue(443), new StringValue(PrefixList)),
            (ingress.Input("securityGroupId"), ingress.Input("ipProtocol"), ingress.Input("fromPort"), ingress.Input("toPort"), ingress.Input("prefixListId")));
        Assert.Null(ingress.Input("cidrIpv4"));

        var egress = graph.OfType("aws:vpc/securityGroupEgressRule:SecurityGroupEgressRule").ToList();
        Assert.Equal(network.PrivateSubnets.Select(s => s.Cidr), egress.Select(e => ((StringValue)e.Input("cidrIpv4")!).Value));
        Assert.All(egress, e => Assert.Equal(
            (new OutputReference(group.Name, "id"), new StringValue("tcp"), new NumberValue(8443), new NumberValue(8443)),
            (e.Input("securityGroupId"), e.Input("ipProtocol"), e.Input("fromPort"), e.Input("toPort"))));
    }

    [Fact]
    public void Listener_OnlyHttps443_WithTheTlsPolicyAndCertificate_ForwardingToTheTargetGroup()
    {
        var (graph, _, _) = Build();
        var listener = Assert.Single(graph.OfType("aws:lb/listener:Listener"));
        Assert.Equal(
            (new OutputReference("edge-alb", "arn"), new NumberValue(443), new StringValue("HTTPS"), new StringValue("ELBSecurityPolicy-TLS13-1-2-2021-06"), new StringValue(Certificate)),
            (listener.Input("loadBalancerArn"), listener.Input("port"), listener.Input("protocol"), listener.Input("sslPolicy"), listener.Input("certificateArn")));
        Assert.Equal(ListValue.Of(MapValue.Of(("type", "forward"), ("targetGroupArn", new OutputReference("edge-alb-api-gateway", "arn")))), listener.Input("defaultActions"));
    }

    [Fact]
    public void TargetGroup_HttpsToPodIps_OnTheProxyPort_WithAHealthCheckKongAnswers()
    {
        var (graph, outputs, network) = Build();
        var group = Assert.Single(graph.OfType("aws:lb/targetGroup:TargetGroup"));
        Assert.Equal(
            (new NumberValue(8443), new StringValue("HTTPS"), new StringValue("ip"), network.VpcId),
            (group.Input("port"), group.Input("protocol"), group.Input("targetType"), group.Input("vpcId")));
        Assert.Equal(
            (new BoolValue(true), new StringValue("HTTPS"), new StringValue("traffic-port"), new StringValue("/"), new StringValue("200-499")),
            (group.Input("healthCheck.enabled"), group.Input("healthCheck.protocol"), group.Input("healthCheck.port"), group.Input("healthCheck.path"), group.Input("healthCheck.matcher")));
        Assert.Equal(new OutputReference(group.Name, "arn"), outputs.TargetGroupArn);
    }

    [Theory]
    [InlineData("eu-west-1", "AWS", "arn:aws:iam::156460612806:root")]
    [InlineData("us-east-1", "AWS", "arn:aws:iam::127311923021:root")]
    [InlineData("eu-south-2", "Service", "logdelivery.elasticloadbalancing.amazonaws.com")]
    [InlineData("ap-southeast-5", "Service", "logdelivery.elasticloadbalancing.amazonaws.com")]
    public void AccessLogBucket_SseS3_ItsPolicyLetsTheRegionsLogDeliveryWriteUnderThePrefix(string region, string principalKind, string principal)
    {
        var (graph, _, _) = Build(region);
        var encryption = (MapValue)Assert.Single(((ListValue)graph["edge-alb-logs-encryption"].Input("rules")!).Items);
        Assert.Equal(MapValue.Of(("sseAlgorithm", "AES256")), encryption["applyServerSideEncryptionByDefault"]);
        var expiry = ((ListValue)graph["edge-alb-logs-lifecycle"].Input("rules")!).Items.Cast<MapValue>().Single(r => r["id"] == new StringValue("expire-objects"));
        Assert.Equal(MapValue.Of(("days", 90)), expiry["expiration"]);

        using var policy = JsonDocument.Parse(JsonTemplateText(graph["edge-alb-logs-policy"].Input("policy")));
        var delivery = policy.RootElement.GetProperty("Statement").EnumerateArray().Single(s => s.GetProperty("Sid").GetString() == "AllowElbAccessLogDelivery");
        Assert.Equal(principal, delivery.GetProperty("Principal").GetProperty(principalKind).GetString());
        Assert.Equal("s3:PutObject", delivery.GetProperty("Action").GetString());
        Assert.EndsWith("/alb/AWSLogs/123456789012/*", delivery.GetProperty("Resource").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void VpcOrigin_IsTheAlb_HttpsOnly_Tls12()
    {
        var (graph, outputs, _) = Build();
        var origin = Assert.Single(graph.OfType("aws:cloudfront/vpcOrigin:VpcOrigin"));
        Assert.Equal(MapValue.Of(
            ("name", "iris-stack-test-alb"),
            ("arn", new OutputReference("edge-alb", "arn")),
            ("httpPort", 80),
            ("httpsPort", 443),
            ("originProtocolPolicy", "https-only"),
            ("originSslProtocols", MapValue.Of(("items", ListValue.Of("TLSv1.2")), ("quantity", 1)))), origin.Input("vpcOriginEndpointConfig"));
        Assert.Equal(new OutputReference(origin.Name, "id"), outputs.VpcOriginId);
    }

    [Fact]
    public void TargetGroupBinding_BindsTheProxyServiceByIp_AdmittingOnlyTheAlbsGroupOnItsPort()
    {
        var (graph, _, _) = Build();
        var binding = Assert.Single(graph.OfType("kubernetes:elbv2.k8s.aws/v1beta1:TargetGroupBinding"));
        Assert.Equal(("cluster-k8s", Name), (binding.Options.Provider, binding.Parent));
        Assert.Contains("cluster-ns-api-gateway", binding.Options.DependsOn);
        Assert.Equal(new StringValue("api-gateway"), binding.Input("metadata.namespace"));
        Assert.Equal(MapValue.Of(("name", "iris-api-gateway-proxy"), ("port", 8443)), binding.Input("spec.serviceRef"));
        Assert.Equal(new OutputReference("edge-alb-api-gateway", "arn"), binding.Input("spec.targetGroupARN"));
        Assert.Equal(new StringValue("ip"), binding.Input("spec.targetType"));
        Assert.Equal(
            ListValue.Of(MapValue.Of(
                ("from", ListValue.Of(MapValue.Of(("securityGroup", MapValue.Of(("groupID", new OutputReference("edge-alb-sg", "id"))))))),
                ("ports", ListValue.Of(MapValue.Of(("protocol", "TCP"), ("port", 8443)))))),
            binding.Input("spec.networking.ingress"));
    }

    [Fact]
    public void EveryNode_ConformsToTheSchemaFacts()
    {
        var facts = SchemaFacts.Load(SchemaFacts.DefaultPath);
        var (graph, _, _) = Build();
        var nodes = graph.Nodes.Where(n => n.Parent == Name).ToList();
        Assert.Equal(17, nodes.Count);
        var violations = nodes.SelectMany(n => SchemaConformance.Check(n, facts, graph.Find)).ToList();
        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
    }

    // The bucket policy is a JSON template whose references stand for outputs; the statement's shape is what matters here.
    private static string JsonTemplateText(Value? value) => value switch
    {
        StringValue s => s.Value,
        InterpolationValue i => string.Concat(i.Parts.Select(p => p is StringValue s ? s.Value : "${ref}")),
        _ => throw new InvalidOperationException($"Unexpected policy value {value}."),
    };
}
