using IrisStack.Components.Cluster;
using IrisStack.Components.Config;
using IrisStack.Components.Network;
using IrisStack.Components.Plan;

namespace IrisStack.Stack.Components;

/// <summary>
/// The cluster layer as a component (<c>iris:cluster:Cluster</c>), in a network it is given: a
/// Network component's outputs or the user's own VPC (<c>network.vpcId</c>, the subnets with their
/// zones and CIDRs, and the key that encrypts log groups).
/// </summary>
public static class ClusterComponent
{
    /// <summary>The args class's name, the first part of every args error.</summary>
    public const string ArgsType = "ClusterArgs";

    /// <summary>The args path of the network the cluster is given; its external inputs are named under it.</summary>
    public const string NetworkPrefix = "network.";

    /// <summary>Validates args (wire names as keys); throws <see cref="ConfigException"/> naming every wrong arg.</summary>
    public static ClusterComponentSpec Resolve(string project, string stack, string name, ConfigMap args) =>
        ComponentBuilder.Resolve(ArgsType, project, stack, name, args, (section, shared) =>
        {
            // The network first: the cluster's own reader rejects every key not read before it.
            var network = ReadNetwork(section.Section("network", "The network the cluster goes in: a Network component's outputs, or your own VPC"));
            return new ClusterComponentSpec(shared, network, ClusterConfig.Read(section));
        });

    /// <summary>Builds and checks the component <paramref name="name"/>.</summary>
    public static ComponentBuild<ClusterOutputs> Build(string name, ClusterComponentSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        return ComponentBuilder.Build(name, spec.Shared, (graph, scope) => ClusterLayer.Build(graph, scope, spec.Shared.Context, spec.Cluster, spec.Network), Outputs, _ => []);
    }

    /// <summary>The outputs the component exposes, by name.</summary>
    public static IEnumerable<StackOutput> Outputs(ClusterOutputs cluster)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        return
        [
            new StackOutput("clusterName", cluster.ClusterName),
            new StackOutput("kubeconfig", cluster.Kubeconfig),
            new StackOutput("oidcProviderArn", cluster.OidcProviderArn),
            new StackOutput("oidcIssuer", cluster.OidcIssuer),
        ];
    }

    private static NetworkOutputs ReadNetwork(ConfigSection section)
    {
        var vpcCidr = section.RequiredString("vpcCidr", "The VPC's IPv4 CIDR block (load balancer rules and defaults)", "10.0.0.0/16", Ipv4Cidr.Validate);
        section.RequiredInput("vpcId", "The VPC's id");
        section.RequiredInput("logsKeyArn", "ARN of the customer-managed KMS key that encrypts the cluster's log group");
        var publicSubnets = ReadSubnets(section, "publicSubnets", "Public subnets (load balancers): {id, availabilityZone, cidr}");
        var privateSubnets = ReadSubnets(section, "privateSubnets", "Private subnets (control plane and nodes): {id, availabilityZone, cidr}");
        if (privateSubnets.Count < 2)
        {
            section.Error("privateSubnets", $"lists {privateSubnets.Count} subnet(s); EKS needs subnets in at least two zones.", "list the private subnets of at least two availability zones.");
        }

        section.RejectUnknownKeys();
        return NetworkOutputs.External(NetworkPrefix, vpcCidr, publicSubnets, privateSubnets);
    }

    private static List<(string Zone, string Cidr)> ReadSubnets(ConfigSection section, string key, string description) =>
        [.. section.SectionList(key, description).Select(subnet =>
        {
            subnet.RequiredInput("id", "The subnet's id");
            var zone = subnet.RequiredString("availabilityZone", "The subnet's availability zone", "eu-west-1a");
            var cidr = subnet.RequiredString("cidr", "The subnet's IPv4 CIDR block", "10.0.0.0/20", Ipv4Cidr.Validate);
            subnet.RejectUnknownKeys();
            return (zone, cidr);
        })];
}
