using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Nodes;
using IrisStack.Components.Aws;
using IrisStack.Components.Cluster;
using IrisStack.Components.Config;
using IrisStack.Components.Data;
using IrisStack.Components.Graph;
using IrisStack.Stack;

namespace IrisStack.Policies.Tests.Data;

/// <summary>The data layer's own graph (operator included), built from <c>iris-stack:data</c> settings as JSON, for policies to run on.</summary>
internal static class DataLayerFixture
{
    public const string Component = "data";

    public static JsonObject Operator() => new()
    {
        ["chart"] = "./charts/iris-operator-3.6.7.tgz",
        ["image"] = "containers.intersystems.com/intersystems/iris-operator-amd:3.6.7.100",
        ["registry"] = new JsonObject { ["username"] = "icr-user", ["password"] = "icr-token" },
    };

    public static ResourceGraph Build(JsonObject? cluster = null, JsonObject? @operator = null)
    {
        var data = new JsonObject { ["cluster"] = cluster ?? [], ["operator"] = @operator ?? Operator(), ["backups"] = new JsonObject { ["breakGlassRoleArn"] = "arn:aws:iam::123456789012:role/break-glass" } };
        var json = JsonSerializer.Serialize(new Dictionary<string, string> { ["iris-stack:data"] = data.ToJsonString() });
        var reader = new ConfigReader(new PulumiEnvironmentConfigSource("iris-stack", "test", json, """["iris-stack:data"]""").Read());
        var config = DataConfig.Read(reader.Namespace("iris-stack").Section("data", "The data layer"), ["eu-west-1a", "eu-west-1b", "eu-west-1c"]);
        reader.ThrowIfInvalid();

        var graph = new GraphBuilder("iris-stack", "test");
        var parent = graph.Component(TypeTokens.Cluster, "cluster");
        var provider = graph.Provider("kubernetes", "cluster-k8s", MapValue.Empty, parent.Name);
        var ns = graph.Resource("kubernetes:core/v1:Namespace", "cluster-ns-iris", MapValue.Of(("metadata", MapValue.Of(("name", "iris")))), parent.Name, new ResourceOptions { Provider = provider.Name });
        var outputs = new ClusterOutputs(
            "iris-stack-test", provider.Name, new TierNamespaces("api-gateway", "web-gateway", "iris"),
            ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, [KeyValuePair.Create("iris", ns.Name)]),
            TierChain.Plan(TierPorts.Default, []), new SecretValue(new OutputReference("cluster-eks", "kubeconfigJson")), "arn:aws:iam::123456789012:oidc-provider/x", "oidc.eks.eu-west-1.amazonaws.com/id/X");
        var context = new StackContext("iris-stack", "test", "eu-west-1", "123456789012", ImmutableSortedDictionary.Create<string, string>(StringComparer.Ordinal));
        DataLayer.Build(graph, new ComponentScope(Component), context, config, outputs,
            new DataPlacement("gp3-encrypted", DedicatedNodes: false) { ControlPlaneCidrs = ["10.0.96.0/19", "10.0.128.0/19", "10.0.160.0/19"] }, "wg_login");
        return graph.Build();
    }

    public static ResourceNode Single(ResourceGraph graph, string type) => Assert.Single(graph.OfType(type));

    public static PolicyContext Context(bool ha = false) => new(365) { RequireProtection = ha };

    /// <summary>The node with one input replaced (<paramref name="path"/> dotted, its parents must exist) or removed (null).</summary>
    public static ResourceNode With(ResourceNode node, string path, Value? value) => node with { Inputs = Set(node.Inputs, path.Split('.'), value) };

    private static MapValue Set(MapValue map, ReadOnlySpan<string> path, Value? value)
    {
        if (path.Length == 1)
        {
            return value is null ? new MapValue(map.Entries.Remove(path[0])) : map.With(path[0], value);
        }

        return map.With(path[0], Set((MapValue)map[path[0]]!, path[1..], value));
    }

    public static IReadOnlyList<Finding> Findings(PolicyOutcome outcome) =>
        Assert.IsType<PolicyOutcome.ViolationsOutcome>(outcome).Findings;
}
