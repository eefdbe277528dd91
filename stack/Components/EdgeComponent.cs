using IrisStack.Components.Cluster;
using IrisStack.Components.Config;
using IrisStack.Components.Edge;
using IrisStack.Components.Network;
using IrisStack.Components.Plan;
using IrisStack.Components.WebGateway;

namespace IrisStack.Stack.Components;

/// <summary>
/// The edge layer as a component (<c>iris:edge:Edge</c>): the WAF CloudFront attaches, its args
/// validated as <c>iris-stack:edge</c> is, with the URI allow-list given as <c>allowedPaths</c>
/// (the Web Gateway's, so the edge and the gateway admit the same paths).
/// </summary>
public static class EdgeComponent
{
    /// <summary>The args class's name, the first part of every args error.</summary>
    public const string ArgsType = "EdgeArgs";

    /// <summary>The args path of the network the ALB is given.</summary>
    public const string NetworkPrefix = "network.";

    /// <summary>The args path of the cluster the ALB's TargetGroupBinding is given.</summary>
    public const string ClusterPrefix = "cluster.";

    /// <summary>Validates args (wire names as keys); throws <see cref="ConfigException"/> naming every wrong arg.</summary>
    public static EdgeComponentSpec Resolve(string project, string stack, string name, ConfigMap args) =>
        ComponentBuilder.Resolve(ArgsType, project, stack, name, args, (section, shared) =>
        {
            // Read before the edge's own reader, which rejects every key not read before it.
            var allowedPaths = section.StringList("allowedPaths", WebGatewayDefaults.AllowedPaths,
                "The paths the edge admits (ending in / = prefix, otherwise exact): the Web Gateway's allowedPaths, so both admit the same",
                PlainUriPath.Problem, "use a plain path such as /app/ or /csp/broker/cspbroker.js.");
            return new EdgeComponentSpec(shared, EdgeConfig.Read(section, allowedPaths, section.KeyOf("allowedPaths"), shared.Context.Region, shared.Context.ProtectStatefulResources), allowedPaths);
        });

    /// <summary>Builds and checks the component <paramref name="name"/>.</summary>
    public static ComponentBuild<EdgeOutputs> Build(string name, EdgeComponentSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        return ComponentBuilder.Build(name, spec.Shared, (graph, scope) =>
        {
            var origin = spec.Origin is { } o
                ? new EdgeOrigin(
                    NetworkOutputs.External(NetworkPrefix, o.VpcCidr, o.PublicSubnets, o.PrivateSubnets),
                    // The ALB names nothing after the cluster, so an external cluster needs no name here.
                    ClusterOutputs.ExternalWithResources(graph, ClusterPrefix, string.Empty, o.Namespaces, o.TierChain, o.Target.Namespace),
                    o.Target)
                : null;
            return EdgeLayer.Build(graph, scope, spec.Shared.Context, spec.Edge, spec.AllowedPaths, origin);
        }, Outputs, _ => []);
    }

    /// <summary>The outputs the component exposes, by name.</summary>
    public static IEnumerable<StackOutput> Outputs(EdgeOutputs edge)
    {
        ArgumentNullException.ThrowIfNull(edge);
        return [new StackOutput("webAclArn", edge.WebAclArn), .. edge.DistributionDomainName is { } domain ? [new StackOutput("domainName", domain)] : Array.Empty<StackOutput>()];
    }
}
