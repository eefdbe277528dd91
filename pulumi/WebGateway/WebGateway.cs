using IrisStack.Components.Graph;
using IrisStack.Components.WebGateway;
using IrisStack.Pulumi.Registration;
using IrisStack.Stack.Components;
using Pulumi;

namespace IrisStack.Pulumi;

/// <summary>
/// The Web Gateway layer (<c>iris:webgateway:WebGateway</c>): hardened nginx with the Web Gateway
/// module (URI allow-list, blocked URIs and file types, security headers, TLS 1.2/1.3, limits) and
/// a correct CSP.ini, as a Deployment and Service in the given namespace. Its Kubernetes resources
/// use the cluster's provider when <see cref="WebGatewayArgs.Cluster"/> comes from a
/// <see cref="IrisStack.Pulumi.Cluster"/>, else the one in this component's <c>providers</c> option.
/// </summary>
public sealed class WebGateway : LayerComponent<WebGatewayOutputs>
{
    /// <summary>The component's type token, part of every child's URN: never renamed without an alias.</summary>
    public const string TypeToken = TypeTokens.WebGateway;

    /// <summary>Creates the gateway; invalid or insecure args fail here with every problem and its fix, and nothing is registered.</summary>
    public WebGateway(string name, WebGatewayArgs args, ComponentResourceOptions? options = null)
        : this(name, FromArgs(name, args, args?.Cluster?.From, options), options, warn: true)
    {
    }

    /// <summary>
    /// The stack program's gateway on the stack's <paramref name="cluster"/>, verifying IRIS against
    /// <paramref name="data"/>'s CA, from the build the whole stack was checked with.
    /// </summary>
    internal WebGateway(string name, ComponentBuild<WebGatewayOutputs> build, Cluster cluster, Data data, ComponentResourceOptions? options = null)
        : this(name, (build, ClusterResources(cluster).With(data.CaBinding(WebGatewayComponent.IrisCaArg))), options, warn: false)
    {
    }

    private WebGateway(string name, (ComponentBuild<WebGatewayOutputs> Build, ComponentBindings Bindings) prepared, ComponentResourceOptions? options, bool warn)
        : base(TypeToken, name, prepared, options, warn)
    {
        ServiceHost = Registered.String("serviceHost");
        ServicePort = Registered.Int("servicePort");
        CaCertPem = Registered.String("caCertPem");
        IrisPassword = Output.CreateSecret(Registered.String("irisPassword"));
        RegisterOutputs(new Dictionary<string, object?>
        {
            ["serviceHost"] = ServiceHost,
            ["servicePort"] = ServicePort,
            ["caCertPem"] = CaCertPem,
            ["irisPassword"] = IrisPassword,
        });
    }

    /// <summary>The in-cluster DNS name the API gateway sends requests to.</summary>
    [Output("serviceHost")]
    public Output<string> ServiceHost { get; private set; }

    /// <summary>The Service's HTTPS port.</summary>
    [Output("servicePort")]
    public Output<int> ServicePort { get; private set; }

    /// <summary>The CA the gateway's certificate chains to, for upstream TLS verification.</summary>
    [Output("caCertPem")]
    public Output<string> CaCertPem { get; private set; }

    /// <summary>The password the gateway logs in to IRIS with (secret): give the IRIS account the same one.</summary>
    [Output("irisPassword")]
    [SecretOutput]
    public Output<string> IrisPassword { get; private set; }

    // A gateway given a Cluster component names that cluster's provider and waits for its namespace;
    // one given a namespace of another cluster must be given that cluster's provider, never the
    // ambient kubeconfig's, whose cluster nobody chose.
    private static (ComponentBuild<WebGatewayOutputs>, ComponentBindings) FromArgs(string name, WebGatewayArgs args, Cluster? from, ComponentResourceOptions? options)
    {
        RequireKubernetesProvider("WebGateway", name, from is not null, "WebGatewayArgs.Cluster", options);

        var handover = from is null ? ClusterHandover.ProviderOption : ClusterHandover.ClusterResources;
        var (build, bindings) = FromArgs(name, args, (project, stack, n, values) => WebGatewayComponent.Resolve(project, stack, n, values, handover), WebGatewayComponent.Build);
        return (build, from is null ? bindings : bindings.With(ClusterResources(from)));
    }

    private static ComponentBindings ClusterResources(Cluster cluster) =>
        cluster.Registered.Bind(new Dictionary<string, Value>(), cluster.Layer.ResourceBindings(WebGatewayComponent.ClusterPrefix));
}
