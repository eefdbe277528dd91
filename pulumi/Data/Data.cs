using IrisStack.Components.Data;
using IrisStack.Components.Graph;
using IrisStack.Pulumi.Registration;
using IrisStack.Stack.Components;
using Pulumi;

namespace IrisStack.Pulumi;

/// <summary>
/// The data layer (<c>iris:data:Data</c>): in the IRIS namespace, the private CA and the IRIS
/// certificates as Secrets, the license key Secret, the configSource ConfigMap of merge files
/// (auditing, password policy, RBAC, services, TLS, applications and databases, every password
/// as a PasswordHash) and the IrisCluster; the InterSystems Kubernetes Operator that runs it (pinned
/// chart, its namespace, the image pull Secrets, disruption budgets); and the backup vault and plan,
/// the export bucket and the IRIS pods' IRSA role for it. Its Kubernetes resources use the cluster's provider when
/// <see cref="DataArgs.Platform"/> comes from a <see cref="IrisStack.Pulumi.Cluster"/>, else the
/// one in this component's <c>providers</c> option.
/// </summary>
public sealed class Data : LayerComponent<DataOutputs>
{
    /// <summary>The component's type token, part of every child's URN: never renamed without an alias.</summary>
    public const string TypeToken = TypeTokens.Data;

    /// <summary>
    /// Creates the IRIS cluster; invalid or insecure args, or a missing password hash or registry login,
    /// fail here with every problem and its fix, and nothing is registered.
    /// </summary>
    public Data(string name, DataArgs args, ComponentResourceOptions? options = null)
        : this(name, FromArgs(name, args, options), options, warn: true)
    {
    }

    /// <summary>
    /// The stack program's data component on the stack's <paramref name="cluster"/>, from the build
    /// the whole stack was checked with; the program has checked that the stack sets every deployment input.
    /// </summary>
    internal Data(string name, ComponentBuild<DataOutputs> build, Cluster cluster, ComponentResourceOptions? options = null)
        : this(name, (build, ClusterResources(cluster)), options, warn: false)
    {
    }

    private Data(string name, (ComponentBuild<DataOutputs> Build, ComponentBindings Bindings) prepared, ComponentResourceOptions? options, bool warn)
        : base(TypeToken, name, prepared, options, warn)
    {
        ClusterName = Registered.String("clusterName");
        CaCertPem = Registered.String("caCertPem");
        RegisterOutputs(new Dictionary<string, object?>
        {
            ["clusterName"] = ClusterName,
            ["caCertPem"] = CaCertPem,
        });
    }

    /// <summary>The IrisCluster's name; IKO names the pods and hosts after it.</summary>
    [Output("clusterName")]
    public Output<string> ClusterName { get; private set; }

    /// <summary>The CA IRIS's certificates chain to (PEM), for a Web Gateway's irisCaCertPem and other clients verifying IRIS.</summary>
    [Output("caCertPem")]
    public Output<string> CaCertPem { get; private set; }

    /// <summary>The binding of a web gateway's IRIS CA arg to this component's CA certificate.</summary>
    internal ComponentBindings CaBinding(string arg) =>
        Registered.Bind(new Dictionary<string, Value> { [arg] = Layer.CaCertPem }, new Dictionary<string, string>());

    // As for the Web Gateway: a Cluster component hands over its provider and namespace; otherwise
    // the provider must be given, never the ambient kubeconfig's. The deployment inputs are checked
    // after the build, which alone knows the accounts the merge files create.
    private static (ComponentBuild<DataOutputs>, ComponentBindings) FromArgs(string name, DataArgs args, ComponentResourceOptions? options)
    {
        ArgumentNullException.ThrowIfNull(args);
        var from = args.Platform?.From;
        RequireKubernetesProvider("Data", name, from is not null, "DataArgs.Platform", options);

        var handover = from is null ? ClusterHandover.ProviderOption : ClusterHandover.ClusterResources;
        var (build, bindings) = FromArgs(name, args, (project, stack, n, values) => DataComponent.Resolve(project, stack, n, values, handover), DataComponent.Build);
        CheckDeploymentInputs(name, build, args);
        return (build, from is null ? bindings : bindings.With(ClusterResources(from)));
    }

    private static void CheckDeploymentInputs(string name, ComponentBuild<DataOutputs> build, DataArgs args)
    {
        var missing = MissingDeploymentInputs.In(build.Graph);
        if (!missing.IsEmpty)
        {
            throw MissingDeploymentInputs.Error($"Data '{name}'", missing, i => MissingDeploymentInputs.ArgsKey(DataComponent.ArgsType, i),
                MissingDeploymentInputs.ArgsAssignment, "in YAML or TypeScript, the arg paths named above");
        }

        // A hash for an account the merge files do not create is a typo that would go unnoticed.
        const string keyPrefix = DataComponent.ArgsType + ".security.passwordHashes.";
        var used = build.Graph.Nodes.SelectMany(n => n.Inputs.Externals()).Select(e => e.Name).ToHashSet(StringComparer.Ordinal);
        var strays = (args.Security?.PasswordHashes?.Keys ?? Enumerable.Empty<string>()).Where(a => !used.Contains($"security.passwordHashes.{a}")).Order(StringComparer.Ordinal).ToList();
        if (strays.Count > 0)
        {
            throw new RunException(
                $"Data '{name}': {string.Join(", ", strays.Select(a => keyPrefix + a))} names no account the merge files create, so the hash would be ignored. Nothing was registered. " +
                "Fix: remove it, or rename it after an account (the admin, a user, the Web Gateway's account, or predefined).");
        }
    }

    // As the stack binds it: the cluster's provider and IRIS namespace, and its OIDC provider for the export role's IRSA trust.
    private static ComponentBindings ClusterResources(Cluster cluster) =>
        cluster.Registered.Bind(
            new Dictionary<string, Value>
            {
                [DataComponent.ClusterPrefix + "oidcProviderArn"] = cluster.Layer.OidcProviderArn,
                [DataComponent.ClusterPrefix + "oidcIssuer"] = cluster.Layer.OidcIssuer,
            },
            cluster.Layer.ResourceBindings(DataComponent.ClusterPrefix));
}
