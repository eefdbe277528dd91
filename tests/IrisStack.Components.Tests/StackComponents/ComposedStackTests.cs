using IrisStack.Components.Graph;
using IrisStack.Stack;
using IrisStack.Stack.Components;
using IrisStack.Tests.Shared;

namespace IrisStack.Components.Tests.StackComponents;

/// <summary>
/// The Pulumi program builds the stack as three components, each from its own subgraph; the
/// offline preview builds it as one graph. Bound together, the components must be that graph.
/// </summary>
public sealed class ComposedStackTests
{
    [Theory]
    [InlineData("dev")]
    [InlineData("prod")]
    public void Components_BoundTogether_AreTheBlueprintGraph(string stack)
    {
        var config = RealStacks.Config(stack);
        var specs = StackComponentSpecs.From(config);
        var network = NetworkComponent.Build(IrisStackBlueprint.NetworkName, specs.Network);
        var cluster = ClusterComponent.Build(IrisStackBlueprint.ClusterName, specs.Cluster);
        var webGateway = WebGatewayComponent.Build(IrisStackBlueprint.WebGatewayName, specs.WebGateway);
        var none = new Dictionary<string, string>(StringComparer.Ordinal);

        var composed = ComponentGraphs.Bind(network.Graph, new Dictionary<string, Value>(), none)
            .Concat(ComponentGraphs.Bind(cluster.Graph, network.Layer.Bindings(ClusterComponent.NetworkPrefix), none))
            .Concat(ComponentGraphs.Bind(webGateway.Graph, new Dictionary<string, Value>(), cluster.Layer.ResourceBindings(WebGatewayComponent.ClusterPrefix)));
        var whole = IrisStackBlueprint.Build(config);

        Assert.Equal(whole.Graph.Nodes, composed);
        Assert.Equal(whole.Artifacts.Where(a => a.Path.StartsWith("webgateway/", StringComparison.Ordinal)), webGateway.Artifacts);
    }

    [Theory]
    [InlineData("dev")]
    [InlineData("prod")]
    public void Components_OfTheRealStacks_PassTheirResourcePolicies(string stack)
    {
        var specs = StackComponentSpecs.From(RealStacks.Config(stack));

        Assert.True(NetworkComponent.Build("network", specs.Network).Report.Passed);
        Assert.True(ClusterComponent.Build("cluster", specs.Cluster).Report.Passed);
        Assert.True(WebGatewayComponent.Build("webgateway", specs.WebGateway).Report.Passed);
    }
}
