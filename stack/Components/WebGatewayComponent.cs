using IrisStack.Components.Cluster;
using IrisStack.Components.Config;
using IrisStack.Components.Plan;
using IrisStack.Components.WebGateway;

namespace IrisStack.Stack.Components;

/// <summary>
/// The Web Gateway layer as a component (<c>iris:webgateway:WebGateway</c>), on a cluster it is
/// given: a namespace and port (<c>cluster.namespace</c>, <c>cluster.port</c>), and the cluster's
/// Kubernetes provider as <see cref="ClusterHandover"/> says.
/// </summary>
public static class WebGatewayComponent
{
    /// <summary>The args class's name, the first part of every args error.</summary>
    public const string ArgsType = "WebGatewayArgs";

    /// <summary>The arg holding the CA of IRIS's certificates, the gateway's ca.pem.</summary>
    public const string IrisCaArg = "irisCaCertPem";

    /// <summary>The args path of the cluster the gateway is given.</summary>
    public const string ClusterPrefix = "cluster.";

    /// <summary>Validates args (wire names as keys); throws <see cref="ConfigException"/> naming every wrong arg.</summary>
    public static WebGatewayComponentSpec Resolve(string project, string stack, string name, ConfigMap args, ClusterHandover handover) =>
        ComponentBuilder.Resolve(ArgsType, project, stack, name, args, (section, shared) =>
        {
            // The placement first: the gateway's own reader rejects every key not read before it.
            var placement = ReadPlacement(section.Section("cluster", "Where in the cluster the gateway runs: its namespace and pod port"), handover);
            var irisCa = section.OptionalInput(IrisCaArg, "PEM of the CA IRIS's certificates chain to, the ca.pem the gateway verifies IRIS against (a Data component's caCertPem); unset, the gateway's own CA stands in");
            return new WebGatewayComponentSpec(shared, placement, WebGatewayConfig.Read(section), irisCa);
        });

    /// <summary>Builds and checks the component <paramref name="name"/>.</summary>
    public static ComponentBuild<WebGatewayOutputs> Build(string name, WebGatewayComponentSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var placement = spec.Placement;
        return ComponentBuilder.Build(name, spec.Shared, (graph, scope) =>
        {
            var cluster = placement.Handover switch
            {
                // The gateway names nothing after the cluster, so an external cluster needs no name here.
                ClusterHandover.ProviderOption => ClusterOutputs.External(ClusterPrefix, string.Empty, placement.Namespaces, placement.TierChain),
                ClusterHandover.ClusterResources => ClusterOutputs.ExternalWithResources(graph, ClusterPrefix, string.Empty, placement.Namespaces, placement.TierChain, placement.Namespaces.WebGateway),
                _ => throw new ArgumentOutOfRangeException(nameof(spec), placement.Handover, "Unknown cluster handover."),
            };
            return WebGatewayLayer.Build(graph, scope, spec.Shared.Context, spec.WebGateway, cluster, irisCaCertPem: spec.IrisCaCertPem);
        }, Outputs, w => w.Artifacts);
    }

    /// <summary>The outputs the component exposes, by name.</summary>
    public static IEnumerable<StackOutput> Outputs(WebGatewayOutputs webGateway)
    {
        ArgumentNullException.ThrowIfNull(webGateway);
        return
        [
            new StackOutput("serviceHost", webGateway.ServiceHost),
            new StackOutput("servicePort", webGateway.ServicePort),
            new StackOutput("caCertPem", webGateway.CaCertPem),
            new StackOutput("irisPassword", webGateway.IrisPassword),
        ];
    }

    private static WebGatewayPlacement ReadPlacement(ConfigSection section, ClusterHandover handover)
    {
        var defaults = ClusterConfig.Read(ConfigReader.EmptySection("cluster"));
        var ns = section.String("namespace", defaults.TierNamespaces.WebGateway, "Namespace the gateway runs in (PSA restricted and default-deny are the cluster's job)",
            ClusterConfig.NamespaceNameProblem, "use a lower-case DNS label such as iris-web-gateway.");
        var port = section.Int("port", defaults.Ports.WebGateway, "Pod port the tier NetworkPolicy admits from the API gateway", 1, 65535);
        section.RejectUnknownKeys();
        return new WebGatewayPlacement(defaults.TierNamespaces with { WebGateway = ns }, TierChain.Plan(defaults.Ports with { WebGateway = port }, []), handover);
    }
}
