using IrisStack.Components.Config;
using IrisStack.Components.Graph;
using IrisStack.Components.Network;
using IrisStack.Components.WebGateway;

namespace IrisStack.Components.Stack;

/// <summary>
/// Composes the layers into one stack, in dependency order. Each layer takes its config section
/// and the typed outputs of the layers before it; the compiler checks the wiring.
/// </summary>
public static class IrisStackBlueprint
{
    /// <summary>Builds the whole stack from a validated configuration.</summary>
    public static StackBuild Build(StackConfig config)
    {
        var graph = new GraphBuilder(config.Project, config.Stack);
        var context = StackContext.From(config);

        var network = NetworkLayer.Build(graph, context, config.Network);

        return new StackBuild(
            graph.Build(),
            [.. WebGatewayArtifacts.Render(context, config.WebGateway)],
            [
                new StackOutput("vpcId", network.VpcId),
                new StackOutput("publicSubnetIds", ListValue.Of(network.PublicSubnetIds.Select(s => (Value)s.Id))),
                new StackOutput("privateSubnetIds", ListValue.Of(network.PrivateSubnetIds.Select(s => (Value)s.Id))),
                new StackOutput("logsKeyArn", network.LogsKey.Arn),
            ]);
    }
}
