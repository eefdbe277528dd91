using IrisStack.Components.Aws;
using IrisStack.Components.Cluster;
using IrisStack.Components.Collections;
using IrisStack.Components.Config;
using IrisStack.Components.Graph;
using IrisStack.Components.Kubernetes;
using IrisStack.Components.Network;
using IrisStack.Components.Plan;
using IrisStack.Components.WebGateway;
using IrisStack.Policies;
namespace IrisStack.Stack;

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
        var context = config.Context;

        var network = NetworkLayer.Build(graph, context, config.Network);
        var cluster = ClusterLayer.Build(graph, context, config.Cluster, network);
        WebGatewayLayer.Build(graph, context, config.WebGateway, cluster);

        var built = graph.Build();
        return new StackBuild(
            built,
            [.. WebGatewayArtifacts.Render(context, config.WebGateway, cluster.TierChain.Ports.WebGateway), .. KubernetesManifestRenderer.Render(built)],
            [
                new StackOutput("vpcId", network.VpcId),
                new StackOutput("publicSubnetIds", ListValue.Of(network.PublicSubnets.Select(s => (Value)s.Id))),
                new StackOutput("privateSubnetIds", ListValue.Of(network.PrivateSubnets.Select(s => (Value)s.Id))),
                new StackOutput("logsKeyArn", network.LogsKey.Arn),
                new StackOutput("clusterName", cluster.ClusterName),
                new StackOutput("kubeconfig", cluster.Kubeconfig),
                new StackOutput("oidcProviderArn", cluster.OidcProviderArn),
            ]);
    }
}
