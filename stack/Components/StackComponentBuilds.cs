using IrisStack.Components.Cluster;
using IrisStack.Components.Data;
using IrisStack.Components.Edge;
using IrisStack.Components.Graph;
using IrisStack.Components.Network;
using IrisStack.Components.WebGateway;

namespace IrisStack.Stack.Components;

/// <summary>The checked builds of the components one stack is made of, as the Pulumi program registers them.</summary>
/// <param name="Network">The network component's build.</param>
/// <param name="Cluster">The cluster component's build, in the network component's network.</param>
/// <param name="Data">The data component's build, handed the cluster component's provider and namespace.</param>
/// <param name="WebGateway">The Web Gateway component's build, handed the cluster component's provider and namespace and the data component's CA.</param>
/// <param name="Edge">The edge component's build, handed the network component's subnets and the cluster component's provider and API gateway namespace.</param>
public sealed record StackComponentBuilds(
    ComponentBuild<NetworkOutputs> Network,
    ComponentBuild<ClusterOutputs> Cluster,
    ComponentBuild<DataOutputs> Data,
    ComponentBuild<WebGatewayOutputs> WebGateway,
    ComponentBuild<EdgeOutputs> Edge)
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
            DataComponent.Build(IrisStackBlueprint.DataName, specs.Data),
            WebGatewayComponent.Build(IrisStackBlueprint.WebGatewayName, specs.WebGateway),
            EdgeComponent.Build(IrisStackBlueprint.EdgeName, specs.Edge));

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

    /// <summary>
    /// The five subgraphs bound together as the program hands each component the ones before: one
    /// graph's nodes, in order. The deployment inputs the stack leaves unset (password hashes, the
    /// registry login) stay the inputs they are in the checked graph; the program refuses to
    /// register while any is missing.
    /// </summary>
    public IReadOnlyList<ResourceNode> Bound()
    {
        var none = new Dictionary<string, string>(StringComparer.Ordinal);
        var hashes = Data.Graph.Nodes.SelectMany(n => n.Inputs.Externals()).Where(e => DataConfig.DeploymentInputPrefixes.Any(p => e.Name.StartsWith(p, StringComparison.Ordinal))).Distinct().ToDictionary(e => e.Name, e => (Value)e, StringComparer.Ordinal);
        return
        [
            .. ComponentGraphs.Bind(Network.Graph, new Dictionary<string, Value>(), none),
            .. ComponentGraphs.Bind(Cluster.Graph, Network.Layer.Bindings(ClusterComponent.NetworkPrefix), none),
            .. ComponentGraphs.Bind(Data.Graph, new Dictionary<string, Value>(hashes)
            {
                [DataComponent.ClusterPrefix + "oidcProviderArn"] = Cluster.Layer.OidcProviderArn,
                [DataComponent.ClusterPrefix + "oidcIssuer"] = Cluster.Layer.OidcIssuer,
            }, Cluster.Layer.ResourceBindings(DataComponent.ClusterPrefix)),
            .. ComponentGraphs.Bind(WebGateway.Graph, new Dictionary<string, Value> { [WebGatewayComponent.IrisCaArg] = Data.Layer.CaCertPem }, Cluster.Layer.ResourceBindings(WebGatewayComponent.ClusterPrefix)),
            .. ComponentGraphs.Bind(Edge.Graph, Network.Layer.Bindings(EdgeComponent.NetworkPrefix), Cluster.Layer.ResourceBindings(EdgeComponent.ClusterPrefix)),
        ];
    }
}
