using IrisStack.Components.Cluster;
using IrisStack.Components.Graph;
using IrisStack.Components.Network;

namespace IrisStack.Stack.Components;

/// <summary>The specs of the components one stack is made of, as the Pulumi program constructs them.</summary>
/// <param name="Network">The network component's spec.</param>
/// <param name="Cluster">The cluster component's spec, in the network component's network.</param>
/// <param name="Data">The data component's spec, handed the cluster component's provider and namespace.</param>
/// <param name="WebGateway">The Web Gateway component's spec, handed the cluster component's provider and namespace and the data component's CA.</param>
/// <param name="Edge">The edge component's spec, admitting the Web Gateway's allowed paths.</param>
public sealed record StackComponentSpecs(NetworkComponentSpec Network, ClusterComponentSpec Cluster, DataComponentSpec Data, WebGatewayComponentSpec WebGateway, EdgeComponentSpec Edge)
{
    /// <summary>
    /// The specs of a validated stack configuration: the stack's own names (no instance qualifier),
    /// its policy settings, and every dependency in the form a component gets it from the one
    /// before (external inputs and resources), so the components together register exactly
    /// the graph <see cref="IrisStackBlueprint"/> builds.
    /// </summary>
    public static StackComponentSpecs From(StackConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        var shared = new ComponentContext(config.Context, config.Policies);
        var subnets = SubnetPlanner.Plan(config.Network);
        (string, string)[] Subnets(SubnetTier tier) =>
            [.. subnets.Where(s => s.Tier == tier).Select(s => (s.AvailabilityZone, s.Cidr.ToString()))];
        var network = NetworkOutputs.External(
            ClusterComponent.NetworkPrefix, config.Network.Cidr.ToString(), Subnets(SubnetTier.Public), Subnets(SubnetTier.Private));
        var tierChain = TierChain.Plan(config.Cluster.Ports, []);
        var platform = new DataPlatform(
            config.Cluster.TierNamespaces,
            tierChain,
            IrisStackBlueprint.Placement(config),
            config.Network.AvailabilityZones,
            ClusterHandover.ClusterResources);
        var placement = new WebGatewayPlacement(config.Cluster.TierNamespaces, tierChain, ClusterHandover.ClusterResources);
        return new StackComponentSpecs(
            new NetworkComponentSpec(shared, config.Network),
            new ClusterComponentSpec(shared, network, config.Cluster),
            new DataComponentSpec(shared, platform, config.Data, config.WebGateway.Iris.Username),
            new WebGatewayComponentSpec(shared, placement, config.WebGateway, new ExternalInput(WebGatewayComponent.IrisCaArg)),
            new EdgeComponentSpec(shared, config.Edge, config.WebGateway.Uris.AllowedPaths, new EdgeOriginPlacement(
                config.Network.Cidr.ToString(), [.. Subnets(SubnetTier.Public)], [.. Subnets(SubnetTier.Private)], config.Cluster.TierNamespaces, tierChain, IrisStackBlueprint.AlbTargetOf(config))));
    }
}
