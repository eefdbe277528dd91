using IrisStack.Components.Cluster;
using IrisStack.Components.Graph;
using IrisStack.Components.Network;
using IrisStack.Components.WebGateway;

namespace IrisStack.Stack.Components;

/// <summary>The checked builds of the components one stack is made of, as the Pulumi program registers them.</summary>
/// <param name="Network">The network component's build.</param>
/// <param name="Cluster">The cluster component's build, in the network component's network.</param>
/// <param name="WebGateway">The Web Gateway component's build, handed the cluster component's provider and namespace.</param>
public sealed record StackComponentBuilds(
    ComponentBuild<NetworkOutputs> Network,
    ComponentBuild<ClusterOutputs> Cluster,
    ComponentBuild<WebGatewayOutputs> WebGateway)
{
    /// <summary>
    /// Builds the stack's components from its evaluation and proves that, bound together, they are
    /// exactly the graph the whole pack checked; throws <see cref="InvalidOperationException"/>
    /// naming the first node that differs, so nothing unchecked is ever registered.
    /// </summary>
    public static StackComponentBuilds From(StackEvaluation evaluation)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        var specs = StackComponentSpecs.From(evaluation.Config);
        var builds = new StackComponentBuilds(
            NetworkComponent.Build(IrisStackBlueprint.NetworkName, specs.Network),
            ClusterComponent.Build(IrisStackBlueprint.ClusterName, specs.Cluster),
            WebGatewayComponent.Build(IrisStackBlueprint.WebGatewayName, specs.WebGateway));

        var composed = builds.Bound();
        var checkedNodes = evaluation.Build.Graph.Nodes;
        var first = Enumerable.Range(0, Math.Max(composed.Count, checkedNodes.Length))
            .FirstOrDefault(i => i >= composed.Count || i >= checkedNodes.Length || composed[i] != checkedNodes[i], -1);
        if (first >= 0)
        {
            var name = first < checkedNodes.Length ? checkedNodes[first].Name : composed[first].Name;
            throw new InvalidOperationException(
                $"The stack's components would register a graph that differs from the one the policies checked, first at '{name}'. This is a bug in IrisStack (StackComponentSpecs.From no longer matches IrisStackBlueprint); nothing was registered.");
        }

        return builds;
    }

    /// <summary>The three subgraphs bound together as the program hands each component the one before: one graph's nodes, in order.</summary>
    public IReadOnlyList<ResourceNode> Bound()
    {
        var none = new Dictionary<string, string>(StringComparer.Ordinal);
        return
        [
            .. ComponentGraphs.Bind(Network.Graph, new Dictionary<string, Value>(), none),
            .. ComponentGraphs.Bind(Cluster.Graph, Network.Layer.Bindings(ClusterComponent.NetworkPrefix), none),
            .. ComponentGraphs.Bind(WebGateway.Graph, new Dictionary<string, Value>(), Cluster.Layer.ResourceBindings(WebGatewayComponent.ClusterPrefix)),
        ];
    }
}
