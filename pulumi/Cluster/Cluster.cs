using System.Collections.Immutable;
using IrisStack.Components.Cluster;
using IrisStack.Components.Data;
using IrisStack.Components.Graph;
using IrisStack.Pulumi.Registration;
using IrisStack.Stack.Components;
using Pulumi;

namespace IrisStack.Pulumi;

/// <summary>
/// The cluster layer (<c>iris:cluster:Cluster</c>): a private EKS cluster with CMK-encrypted
/// secrets and logs, hardened managed node groups, the managed add-ons, the AWS Load Balancer
/// Controller, and the tier namespaces with Pod Security labels, default-deny and tier-chain
/// NetworkPolicies and an encrypted default StorageClass. Children are named <c>{name}-{role}</c>.
/// </summary>
public sealed class Cluster : LayerComponent<ClusterOutputs>
{
    /// <summary>The component's type token, part of every child's URN: never renamed without an alias.</summary>
    public const string TypeToken = TypeTokens.Cluster;

    /// <summary>Creates the cluster; invalid or insecure args fail here with every problem and its fix, and nothing is registered.</summary>
    public Cluster(string name, ClusterArgs args, ComponentResourceOptions? options = null)
        : this(name, FromArgsWithSpec(name, args, ClusterComponent.Resolve, ClusterComponent.Build), options)
    {
    }

    /// <summary>The stack program's cluster in the stack's <paramref name="network"/>, from the build the whole stack was checked with.</summary>
    internal Cluster(string name, ComponentBuild<ClusterOutputs> build, Network network, ComponentResourceOptions? options = null)
        : this(name, (build, network.Registered.Bind(network.Layer.Bindings(ClusterComponent.NetworkPrefix), new Dictionary<string, string>())), options, warn: false)
    {
    }

    private Cluster(string name, (ComponentBuild<ClusterOutputs> Build, ComponentBindings Bindings, ClusterComponentSpec Spec) prepared, ComponentResourceOptions? options)
        : this(name, (prepared.Build, prepared.Bindings), options, warn: true)
    {
        DataPlacement = PlacementOf(prepared.Spec);
        Zones = [.. prepared.Spec.Network.PrivateSubnets.Select(s => s.Zone)];
    }

    private Cluster(string name, (ComponentBuild<ClusterOutputs> Build, ComponentBindings Bindings) prepared, ComponentResourceOptions? options, bool warn)
        : base(TypeToken, name, prepared, options, warn)
    {
        ClusterName = Registered.String("clusterName");
        Kubeconfig = Output.CreateSecret(Registered.String("kubeconfig"));
        OidcProviderArn = Registered.String("oidcProviderArn");
        OidcIssuer = Registered.String("oidcIssuer");
        RegisterOutputs(new Dictionary<string, object?>
        {
            ["clusterName"] = ClusterName,
            ["kubeconfig"] = Kubeconfig,
            ["oidcProviderArn"] = OidcProviderArn,
            ["oidcIssuer"] = OidcIssuer,
        });
    }

    /// <summary>The EKS cluster's name.</summary>
    [Output("clusterName")]
    public Output<string> ClusterName { get; private set; }

    /// <summary>The cluster's kubeconfig, as a secret.</summary>
    [Output("kubeconfig")]
    [SecretOutput]
    public Output<string> Kubeconfig { get; private set; }

    /// <summary>The IAM OIDC provider's ARN, for IRSA trust policies.</summary>
    [Output("oidcProviderArn")]
    public Output<string> OidcProviderArn { get; private set; }

    /// <summary>The cluster's OIDC issuer URL without <c>https://</c>, the prefix of IRSA trust policies' condition keys (a Data component's <c>platform.oidcIssuer</c>).</summary>
    [Output("oidcIssuer")]
    public Output<string> OidcIssuer { get; private set; }

    /// <summary>The StorageClass and IRIS node group a <see cref="Data"/> on this cluster uses; null for the stack program's cluster, whose data component is built with the stack.</summary>
    internal DataPlacement? DataPlacement { get; }

    /// <summary>The zones of the cluster's private subnets, in order; empty for the stack program's cluster.</summary>
    internal ImmutableArray<string> Zones { get; } = [];

    // As IrisStackBlueprint.Placement: EKS puts the control plane's network interfaces in the cluster's (private) subnets.
    private static DataPlacement PlacementOf(ClusterComponentSpec spec) =>
        new(spec.Cluster.Storage.ClassName, spec.Cluster.NodeGroups.Any(g => g.DedicatedTo == TierGroup.Iris))
        {
            ControlPlaneCidrs = [.. spec.Network.PrivateSubnets.Select(s => s.Cidr)],
        };

    /// <summary>The Kubernetes provider the cluster's own Kubernetes resources use; pass it in your resources' <c>provider</c> option.</summary>
    public ProviderResource KubernetesProvider() => (ProviderResource)Registered[Layer.KubernetesProvider!];
}
