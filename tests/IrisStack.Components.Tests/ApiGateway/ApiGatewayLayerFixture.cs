using System.Collections.Immutable;
using System.Text.Json.Nodes;
using IrisStack.Components.ApiGateway;
using IrisStack.Components.ApiGateway.Workload;
using IrisStack.Components.Aws;
using IrisStack.Components.Cluster;
using IrisStack.Components.Config;
using IrisStack.Components.Data.Iko;
using IrisStack.Components.Graph;
using IrisStack.Components.Network;
using static IrisStack.Components.Tests.ApiGateway.ApiGatewaySections;

namespace IrisStack.Components.Tests.ApiGateway;

/// <summary>The API gateway layer built on its own graph, on a network and cluster built by their layers in the same graph.</summary>
internal static class ApiGatewayLayerFixture
{
    public const string Name = "apigateway";

    public static readonly StackContext Context = new("iris-stack", "test", "eu-west-1", "123456789012", ImmutableSortedDictionary.Create<string, string>(StringComparer.Ordinal))
    {
        ProtectStatefulResources = true,
    };

    /// <summary>The Web Gateway's CA as the tls provider gives it: an output.</summary>
    public static readonly OutputReference WebGatewayCa = new("webgateway-ca-cert", "certPem");

    public static readonly SecretValue IamPassword = new(new OutputReference("data-iam-password", "result"));

    public static readonly RegistryCredentials Registry = new(
        new SecretValue(new ExternalInput(OperatorConfig.RegistryInputPrefix + "username")),
        new SecretValue(new ExternalInput(OperatorConfig.RegistryInputPrefix + "password")));

    /// <summary>A prod-like section: three replicas, a multi-AZ Redis.</summary>
    public static JsonObject Prod() => Section(
        ("workload", Json("""{"replicas": 3, "disruptionBudgetMinAvailable": 2}""")),
        ("redis", Json("""{"authToken": "redis-token-1-abcdefgh", "numCacheClusters": 2, "multiAz": true, "snapshotRetentionDays": 7}""")));

    /// <summary>A dev-like section: one replica, a single-node Redis with TLS.</summary>
    public static JsonObject Dev() => Section(
        ("workload", Json("""{"replicas": 1, "hostnameSpread": "preferred"}""")),
        ("redis", Json("""{"authToken": "redis-token-1-abcdefgh", "nodeType": "cache.t4g.micro", "numCacheClusters": 1, "multiAz": false, "snapshotRetentionDays": 1}""")));

    public static (ResourceGraph Graph, ApiGatewayOutputs Outputs, NetworkOutputs Network) Build(JsonObject section)
    {
        var graph = new GraphBuilder("iris-stack", "test");
        var network = NetworkLayer.Build(graph, new ComponentScope("network"), Context, NetworkConfig.Read(ConfigReader.EmptySection("network"), Context.Region));
        var cluster = ClusterLayer.Build(graph, new ComponentScope("cluster"), Context, ClusterConfig.Read(ConfigReader.EmptySection("cluster")), network);
        // What the Web Gateway and data layers would add: the gateway's CA and the IAM user's password.
        graph.Resource("tls:index/selfSignedCert:SelfSignedCert", WebGatewayCa.Node, MapValue.Of(("isCaCertificate", true)));
        graph.Resource("random:index/randomPassword:RandomPassword", ((OutputReference)IamPassword.Inner).Node, MapValue.Of(("length", 32), ("special", false)));
        var upstream = new KongUpstream($"webgateway.{cluster.Namespaces.WebGateway}.svc.cluster.local", 443, WebGatewayCa);
        var license = new IamLicense($"webgateway.{cluster.Namespaces.WebGateway}.svc.cluster.local", 443, string.Empty, WebGatewayCa, IamPassword);
        var outputs = ApiGatewayLayer.Build(graph, new ComponentScope(Name), Context, Read(section), network, cluster, AllowedPaths, upstream, license, Registry);
        return (graph.Build(), outputs, network);
    }

    public static IEnumerable<ResourceNode> Children(ResourceGraph graph) => graph.ChildrenOf(Name);

    public static ResourceNode Node(ResourceGraph graph, string role) => graph[$"{Name}-{role}"];
}
