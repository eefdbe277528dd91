using IrisStack.Components.Config;
using IrisStack.Components.Graph;
using IrisStack.Components.Network;
using IrisStack.Components.Plan;

namespace IrisStack.Stack.Components;

/// <summary>
/// The network layer as a component (<c>iris:network:Network</c>): its args validated as
/// <c>iris-stack:network</c> is, its subgraph built by <see cref="NetworkLayer"/> under the
/// component's name, and checked by the resource policies.
/// </summary>
public static class NetworkComponent
{
    /// <summary>The args class's name, the first part of every args error.</summary>
    public const string ArgsType = "NetworkArgs";

    /// <summary>Validates args (wire names as keys); throws <see cref="ConfigException"/> naming every wrong arg.</summary>
    public static NetworkComponentSpec Resolve(string project, string stack, string name, ConfigMap args) =>
        ComponentBuilder.Resolve(ArgsType, project, stack, name, args, (section, shared) => new NetworkComponentSpec(shared, NetworkConfig.Read(section, shared.Context.Region)));

    /// <summary>Builds and checks the component <paramref name="name"/>.</summary>
    public static ComponentBuild<NetworkOutputs> Build(string name, NetworkComponentSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        return ComponentBuilder.Build(name, spec.Shared, (graph, scope) => NetworkLayer.Build(graph, scope, spec.Shared.Context, spec.Network), Outputs, _ => []);
    }

    /// <summary>The outputs the component exposes, by name.</summary>
    public static IEnumerable<StackOutput> Outputs(NetworkOutputs network)
    {
        ArgumentNullException.ThrowIfNull(network);
        return
        [
            new StackOutput("vpcId", network.VpcId),
            new StackOutput("vpcCidr", network.VpcCidr),
            new StackOutput("publicSubnetIds", ListValue.Of(network.PublicSubnets.Select(s => s.Id))),
            new StackOutput("privateSubnetIds", ListValue.Of(network.PrivateSubnets.Select(s => s.Id))),
            new StackOutput("logsKeyArn", network.LogsKeyArn),
        ];
    }
}
