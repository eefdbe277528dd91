using IrisStack.Components.ApiGateway.Workload;
using IrisStack.Components.Cluster;
using IrisStack.Components.Data;
using IrisStack.Components.Edge;
using IrisStack.Components.Edge.Alb;
using IrisStack.Components.Graph;
using IrisStack.Components.Kubernetes;
using IrisStack.Components.Network;
using IrisStack.Components.Plan;
using IrisStack.Components.WebGateway;

namespace IrisStack.Stack;

/// <summary>
/// Composes the layers into one stack, in dependency order, each under its component name. Each
/// layer takes its config section and the typed outputs of the layers before it; the compiler
/// checks the wiring. The Pulumi program composes the same layers as components with the same
/// names, so both give the same resources and URNs.
/// </summary>
public static class IrisStackBlueprint
{
    /// <summary>The network component's name in the stack.</summary>
    public const string NetworkName = "network";

    /// <summary>The cluster component's name in the stack.</summary>
    public const string ClusterName = "cluster";

    /// <summary>The data component's name in the stack.</summary>
    public const string DataName = "data";

    /// <summary>The Web Gateway component's name in the stack.</summary>
    public const string WebGatewayName = "webgateway";

    /// <summary>The edge component's name in the stack.</summary>
    public const string EdgeName = "edge";

    /// <summary>The API gateway component's name in the stack: also its proxy Service's, which the edge's ALB forwards to.</summary>
    public const string ApiGatewayName = "apigateway";

    /// <summary>Builds the whole stack from a validated configuration.</summary>
    public static StackBuild Build(StackConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        var graph = new GraphBuilder(config.Project, config.Stack);
        var context = config.Context;

        var network = NetworkLayer.Build(graph, new ComponentScope(NetworkName), context, config.Network);
        var cluster = ClusterLayer.Build(graph, new ComponentScope(ClusterName), context, config.Cluster, network);
        var data = DataLayer.Build(graph, new ComponentScope(DataName), context, config.Data, cluster, Placement(config), config.WebGateway.Iris.Username);
        var webGateway = WebGatewayLayer.Build(graph, new ComponentScope(WebGatewayName), context, config.WebGateway, cluster, irisCaCertPem: data.CaCertPem);
        var edge = EdgeLayer.Build(graph, new ComponentScope(EdgeName), context, config.Edge, config.WebGateway.Uris.AllowedPaths, new EdgeOrigin(network, cluster, AlbTargetOf(config)));

        var built = graph.Build();
        return new StackBuild(
            built,
            [.. data.Artifacts, .. webGateway.Artifacts, .. KubernetesManifestRenderer.Render(built)],
            [
                new StackOutput("vpcId", network.VpcId),
                new StackOutput("publicSubnetIds", ListValue.Of(network.PublicSubnets.Select(s => s.Id))),
                new StackOutput("privateSubnetIds", ListValue.Of(network.PrivateSubnets.Select(s => s.Id))),
                new StackOutput("logsKeyArn", network.LogsKeyArn),
                new StackOutput("clusterName", cluster.ClusterName),
                new StackOutput("kubeconfig", cluster.Kubeconfig),
                new StackOutput("oidcProviderArn", cluster.OidcProviderArn),
                new StackOutput("irisCaCertPem", data.CaCertPem),
                new StackOutput("webAclArn", edge.WebAclArn),
                .. edge.DistributionDomainName is { } domain ? [new StackOutput("edgeDomainName", domain)] : Array.Empty<StackOutput>(),
            ]);
    }

    /// <summary>What the edge's ALB forwards to: the API gateway's proxy Service, on the tier chain's API gateway port.</summary>
    public static AlbTarget AlbTargetOf(StackConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        return new AlbTarget(config.Cluster.TierNamespaces.ApiGateway, new KongObjectNames(ApiGatewayName).Name, config.Cluster.Ports.ApiGatewayProxy);
    }

    /// <summary>Where the data layer's volumes and pods go and where the cluster's API is reached, from the network's and the cluster's settings.</summary>
    public static DataPlacement Placement(StackConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        return new DataPlacement(config.Cluster.Storage.ClassName, config.Cluster.NodeGroups.Any(g => g.DedicatedTo == TierGroup.Iris))
        {
            // EKS puts the control plane's network interfaces in the cluster's (private) subnets.
            ControlPlaneCidrs = [.. SubnetPlanner.Plan(config.Network).Where(s => s.Tier == SubnetTier.Private).Select(s => s.Cidr.ToString())],
        };
    }
}
