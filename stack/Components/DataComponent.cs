using IrisStack.Components.Cluster;
using IrisStack.Components.Config;
using IrisStack.Components.Data;
using IrisStack.Components.Data.Security;
using IrisStack.Components.Kubernetes;
using IrisStack.Components.Plan;
using IrisStack.Components.WebGateway;

namespace IrisStack.Stack.Components;

/// <summary>
/// The data layer as a component (<c>iris:data:Data</c>), on a cluster it is given: a namespace,
/// StorageClass, node placement and zones (<c>platform.*</c>), and the cluster's Kubernetes provider
/// as <see cref="ClusterHandover"/> says. The operator (IKO) must run in that cluster.
/// </summary>
public static class DataComponent
{
    /// <summary>The args class's name, the first part of every args error.</summary>
    public const string ArgsType = "DataArgs";

    /// <summary>The args path of the cluster the IRIS cluster is given.</summary>
    public const string ClusterPrefix = "platform.";

    /// <summary>The arg naming the Web Gateway's IRIS account.</summary>
    public const string WebGatewayUsernameArg = "webGatewayUsername";

    /// <summary>Validates args (wire names as keys); throws <see cref="ConfigException"/> naming every wrong arg.</summary>
    public static DataComponentSpec Resolve(string project, string stack, string name, ConfigMap args, ClusterHandover handover) =>
        ComponentBuilder.Resolve(ArgsType, project, stack, name, args, (section, shared) =>
        {
            // The platform first: the data reader rejects every key not read before it.
            var platform = ReadPlatform(section.Section("platform", "Where in the cluster IRIS runs: namespace, StorageClass, dedicated nodes and zones"), handover);
            var username = section.String(WebGatewayUsernameArg, IrisConnection.DefaultUsername, "The IRIS account the Web Gateway logs in with (the merge files create it with use of %Service_WebGateway only)");
            var data = DataConfig.Read(section, platform.Zones, mirroredByDefault: shared.Context.ProtectStatefulResources);
            if (MergeFileRenderer.ValidateWebGatewayAccount(data.Security, username) is { } problem)
            {
                section.Error(WebGatewayUsernameArg, problem, $"name an account of its own, e.g. {IrisConnection.DefaultUsername}.");
            }

            return new DataComponentSpec(shared, platform, data, username);
        });

    /// <summary>Builds and checks the component <paramref name="name"/>.</summary>
    public static ComponentBuild<DataOutputs> Build(string name, DataComponentSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var platform = spec.Platform;
        return ComponentBuilder.Build(name, spec.Shared, (graph, scope) =>
        {
            // The data layer names nothing after the cluster, so an external cluster needs no name here.
            var cluster = platform.Handover switch
            {
                ClusterHandover.ProviderOption => ClusterOutputs.External(ClusterPrefix, string.Empty, platform.Namespaces, platform.TierChain),
                ClusterHandover.ClusterResources => ClusterOutputs.ExternalWithResources(graph, ClusterPrefix, string.Empty, platform.Namespaces, platform.TierChain, platform.Namespaces.Iris),
                _ => throw new ArgumentOutOfRangeException(nameof(spec), platform.Handover, "Unknown cluster handover."),
            };
            return DataLayer.Build(graph, scope, spec.Shared.Context, spec.Data, cluster, platform.Placement, spec.WebGatewayUsername);
        }, Outputs, d => d.Artifacts);
    }

    /// <summary>The outputs the component exposes, by name.</summary>
    public static IEnumerable<StackOutput> Outputs(DataOutputs data)
    {
        ArgumentNullException.ThrowIfNull(data);
        return
        [
            new StackOutput("clusterName", data.Names.ClusterName),
            new StackOutput("caCertPem", data.CaCertPem),
        ];
    }

    private static DataPlatform ReadPlatform(ConfigSection section, ClusterHandover handover)
    {
        var defaults = ClusterConfig.Read(ConfigReader.EmptySection("cluster"));
        var ns = section.String("namespace", defaults.TierNamespaces.Iris, "Namespace IRIS runs in (PSA restricted and default-deny are the cluster's job)",
            ClusterConfig.NamespaceNameProblem, "use a lower-case DNS label such as iris.");
        var storageClass = section.String("storageClassName", defaults.Storage.ClassName, "The encrypted StorageClass of every IRIS volume",
            n => KubernetesNames.IsDnsLabel(n) ? null : $"'{n}' is not a lower-case DNS label.", "name the StorageClass, e.g. gp3-encrypted.");
        var dedicated = section.Bool("dedicatedNodes", false, "Whether a node group is dedicated to IRIS (labelled and tainted as the cluster layer does); the pods then select and tolerate it");
        var zones = section.StringList("zones", [], "The cluster's availability zones, in order: data members go in the first (two), the arbiter in the third");
        if (zones.IsEmpty)
        {
            section.Error("zones", "is required and not set.", "list the cluster's availability zones, e.g. [eu-west-1a, eu-west-1b, eu-west-1c].");
        }

        var controlPlane = section.StringList("controlPlaneCidrs", [], "CIDR blocks of the subnets holding the cluster's control-plane network interfaces (EKS: the cluster's subnets); the operator reaches the Kubernetes API through them",
            Ipv4Cidr.Validate, "list IPv4 CIDR blocks such as 10.0.0.0/19.");
        if (controlPlane.IsEmpty)
        {
            section.Error("controlPlaneCidrs", "is required and not set.", "list the CIDR blocks of the cluster's subnets, e.g. [10.0.0.0/19, 10.0.64.0/19].");
        }

        // A cluster of the user's gives its OIDC provider for the export role's IRSA trust; an IrisStack Cluster's is bound by the program.
        if (handover == ClusterHandover.ProviderOption)
        {
            section.RequiredInput("oidcProviderArn", "The ARN of the cluster's IAM OIDC provider, which the export role's IRSA trust policy names");
            section.RequiredInput("oidcIssuer", "The cluster's OIDC issuer URL without https://, the prefix of the IRSA trust policy's condition keys");
        }

        section.RejectUnknownKeys();
        var placement = new DataPlacement(storageClass, dedicated) { ControlPlaneCidrs = [.. controlPlane] };
        return new DataPlatform(defaults.TierNamespaces with { Iris = ns }, TierChain.Plan(defaults.Ports, []), placement, [.. zones], handover);
    }
}
