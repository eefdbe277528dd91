using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Nodes;
using IrisStack.Components.Cluster;
using IrisStack.Components.Graph;
using IrisStack.Components.WebGateway;
using IrisStack.Stack;
using k8s;
using k8s.Models;

namespace IrisStack.Runtime.Tests;

/// <summary>
/// The Web Gateway's Kubernetes objects go through the official Kubernetes client models and
/// come back unchanged: no misspelt or misplaced field is silently dropped.
/// </summary>
public class KubernetesRoundTripTests
{
    public static TheoryData<string> Nodes => new() { "webgateway-deployment", "webgateway-service", "webgateway-nginx-conf", "webgateway-csp-ini", "webgateway-tls", "webgateway-pdb" };

    [Theory]
    [MemberData(nameof(Nodes))]
    public void Object_RoundTripsThroughTheClientModel(string name)
    {
        var node = ProdGraph()[name];
        var json = Json(node.Inputs);
        var type = node.Type switch
        {
            "kubernetes:apps/v1:Deployment" => typeof(V1Deployment),
            "kubernetes:core/v1:Service" => typeof(V1Service),
            "kubernetes:core/v1:ConfigMap" => typeof(V1ConfigMap),
            "kubernetes:core/v1:Secret" => typeof(V1Secret),
            "kubernetes:policy/v1:PodDisruptionBudget" => typeof(V1PodDisruptionBudget),
            _ => throw new InvalidOperationException(node.Type),
        };

        var model = typeof(KubernetesJson).GetMethod(nameof(KubernetesJson.Deserialize), [typeof(string), typeof(JsonSerializerOptions)])!
            .MakeGenericMethod(type).Invoke(null, [json, null])!;
        var back = KubernetesJson.Serialize(model);

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(json), JsonNode.Parse(back)), $"{name} changed in the round trip:\n{json}\n---\n{back}");
    }

    private static ResourceGraph ProdGraph()
    {
        var config = StackConfigLoader.Load(new StackFileConfigSource(Support.RepositoryStacks.Root(), "prod"));
        var graph = new GraphBuilder("iris-stack", "prod");
        var component = graph.Component("iris:cluster:Cluster", "cluster");
        var provider = graph.Provider("kubernetes", "cluster-k8s", MapValue.Empty, component.Name);
        var namespaces = new TierNamespaces("api-gateway", "web-gateway", "iris");
        var ns = graph.Resource("kubernetes:core/v1:Namespace", "cluster-ns-web", MapValue.Empty, component.Name);
        var cluster = new ClusterOutputs(
            "iris-stack-prod", provider.Name, namespaces, new Dictionary<string, string> { ["web-gateway"] = ns.Name }.ToImmutableSortedDictionary(StringComparer.Ordinal),
            TierChain.Plan(TierPorts.Default, []), new SecretValue(new OutputReference("cluster-eks", "kubeconfigJson")), "arn", "issuer");
        WebGatewayLayer.Build(graph, new ComponentScope("webgateway"), config.Context, config.WebGateway, cluster);
        return graph.Build();
    }

    private static string Json(Value value)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            ValueJson.Write(writer, value);
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }
}
