using IrisStack.Stack;
using IrisStack.Stack.Components;

namespace IrisStack.Pulumi;

/// <summary>
/// The whole IrisStack stack as Pulumi components: the network, the cluster in it, the IRIS
/// cluster (data) on that cluster and the Web Gateway verifying IRIS against the data component's
/// CA, and the edge's WAF admitting the gateway's paths, under the blueprint's names. Every deployment input the data layer needs (the password
/// hashes, the registry login) must be in the stack's configuration, or nothing is registered. Before it registers anything it proves
/// that the components together are the graph the evaluation checked, so the registered resources
/// and URNs are the offline preview's. Call it inside <c>Deployment.RunAsync</c> with an evaluation that passed.
/// </summary>
public static class IrisStackProgram
{
    /// <summary>Registers the stack's components and returns the stack outputs.</summary>
    public static IDictionary<string, object?> Compose(StackEvaluation evaluation)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        var builds = StackComponentBuilds.From(evaluation);
        var missing = MissingDeploymentInputs.In(builds.Data.Graph);
        if (!missing.IsEmpty)
        {
            throw MissingDeploymentInputs.Error($"Stack '{evaluation.Config.Stack}'", missing, MissingDeploymentInputs.StackKey,
                i => $"pulumi config set --path --secret '{MissingDeploymentInputs.StackKey(i)}' '<value>'");
        }

        var network = new Network(IrisStackBlueprint.NetworkName, builds.Network);
        var cluster = new Cluster(IrisStackBlueprint.ClusterName, builds.Cluster, network);
        var data = new Data(IrisStackBlueprint.DataName, builds.Data, cluster);
        var webGateway = new WebGateway(IrisStackBlueprint.WebGatewayName, builds.WebGateway, cluster, data);
        var edge = new Edge(IrisStackBlueprint.EdgeName, builds.Edge, network, cluster);
        Registration.RegisteredComponent[] components = [network.Registered, cluster.Registered, data.Registered, webGateway.Registered, edge.Registered];

        return evaluation.Build.Outputs.ToDictionary(
            o => o.Name,
            o => (object?)(components.Select(c => c.TryResolve(o.Value)).FirstOrDefault(v => v is not null)
                ?? throw new InvalidOperationException($"Stack output '{o.Name}' references resources of no single component.")),
            StringComparer.Ordinal);
    }
}
