using System.Collections.Immutable;
using IrisStack.Components.Aws;
using IrisStack.Components.Cluster;
using IrisStack.Components.Graph;
using IrisStack.Components.WebGateway;

namespace IrisStack.Policies.Tests.WebGateway;

/// <summary>The Web Gateway layer built into a graph, and single-field variations of its rendered files.</summary>
internal static class WebGatewayFixtures
{
    public static readonly WebGatewayConfig Config = WebGatewayConfig.Default;

    public static readonly StackContext Context = new("iris-stack", "test", "eu-west-1", "123456789012", ImmutableSortedDictionary.Create<string, string>(StringComparer.Ordinal));

    public static ResourceGraph Graph(WebGatewayConfig? config = null, StackContext? context = null)
    {
        var graph = new GraphBuilder("iris-stack", "test");
        var component = graph.Component("iris:cluster:Cluster", "cluster");
        var provider = graph.Provider("kubernetes", "cluster-k8s", MapValue.Empty, component.Name);
        var ns = graph.Resource("kubernetes:core/v1:Namespace", "cluster-ns-web", MapValue.Empty, component.Name);
        var cluster = new ClusterOutputs(
            "iris-stack-test", provider.Name, new TierNamespaces("api-gateway", "web-gateway", "iris"), new Dictionary<string, string> { ["web-gateway"] = ns.Name }.ToImmutableSortedDictionary(StringComparer.Ordinal),
            TierChain.Plan(TierPorts.Default, []), new SecretValue(new OutputReference("cluster-eks", "kubeconfigJson")), "arn", "issuer");
        WebGatewayLayer.Build(graph, new ComponentScope("webgateway"), context ?? Context, config ?? Config, cluster);
        return graph.Build();
    }

    public static ResourceNode ConfigMap(WebGatewayConfig? config = null) => Graph(config)["webgateway-nginx-conf"];

    public static string NginxConf(ResourceNode configMap) => ((StringValue)((MapValue)configMap.Input("data")!)["nginx.conf"]!).Value;

    /// <summary>The ConfigMap with its nginx.conf text changed by <paramref name="edit"/> (which must change it).</summary>
    public static ResourceNode Edited(Func<string, string> edit, WebGatewayConfig? config = null)
    {
        var node = ConfigMap(config);
        var text = NginxConf(node);
        var changed = edit(text);
        Assert.NotEqual(text, changed);
        return node with { Inputs = node.Inputs.With("data", MapValue.Of(("nginx.conf", changed))) };
    }

    public static PolicyContext Context0 { get; } = new(365);

    public static PolicyOutcome Evaluate(ResourcePolicy policy, ResourceNode node) => policy.Evaluate(node, Context0);

    public static IReadOnlyList<Finding> Findings(PolicyOutcome outcome) =>
        outcome is PolicyOutcome.ViolationsOutcome v ? v.Findings : [];
}
