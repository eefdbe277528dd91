using System.Collections.Immutable;
using IrisStack.Components.Aws;
using IrisStack.Components.Cluster;
using IrisStack.Components.Graph;
using IrisStack.Components.WebGateway;
using IrisStack.Stack;

namespace IrisStack.Components.Tests.WebGateway;

public class WebGatewayLayerTests
{
    private static readonly StackContext Context = new("iris-stack", "test", "eu-west-1", "123456789012", System.Collections.Immutable.ImmutableSortedDictionary.Create<string, string>(StringComparer.Ordinal));

    private const string Name = "webgateway";

    private static readonly WebGatewayConfig Config = WebGatewayConfig.Default with
    {
        Iris = WebGatewayConfig.Default.Iris with { Password = new SecretValue(new StringValue("Pa55-word!")) },
    };

    private static (ResourceGraph Graph, WebGatewayOutputs Outputs) Build(WebGatewayConfig? config = null, CertificateAuthority? ca = null)
    {
        var graph = new GraphBuilder("iris-stack", "test");
        var cluster = TestCluster(graph);
        if (ca is not null)
        {
            graph.Resource("tls:index/privateKey:PrivateKey", "stack-ca-key", MapValue.Of(("algorithm", "ECDSA")));
        }

        var outputs = WebGatewayLayer.Build(graph, new ComponentScope(Name), Context, config ?? Config, cluster, ca);
        return (graph.Build(), outputs);
    }

    // What the cluster layer hands over: a provider and the tier namespaces.
    private static ClusterOutputs TestCluster(GraphBuilder graph)
    {
        var component = graph.Component("iris:cluster:Cluster", "cluster");
        var provider = graph.Provider("kubernetes", "cluster-k8s", MapValue.Empty, component.Name);
        var namespaces = new TierNamespaces("api-gateway", "web-gateway", "iris");
        var nodes = new[] { namespaces.ApiGateway, namespaces.WebGateway, namespaces.Iris }.ToImmutableSortedDictionary(
            n => n,
            n => graph.Resource("kubernetes:core/v1:Namespace", "cluster-ns-" + n, MapValue.Of(("apiVersion", "v1"), ("kind", "Namespace"), ("metadata", MapValue.Of(("name", n)))), component.Name, new ResourceOptions { Provider = provider.Name }).Name,
            StringComparer.Ordinal);
        return new ClusterOutputs(
            "iris-stack-test", provider.Name, namespaces, nodes, TierChain.Plan(TierPorts.Default, []),
            new SecretValue(new OutputReference("cluster-eks", "kubeconfigJson")), "arn:aws:iam::123456789012:oidc-provider/x", "oidc.eks.eu-west-1.amazonaws.com/id/X");
    }

    private static IEnumerable<ResourceNode> Kubernetes(ResourceGraph graph) =>
        graph.Nodes.Where(n => n.Parent == Name && n.Type.StartsWith("kubernetes:", StringComparison.Ordinal));

    [Fact]
    public void Build_CreatesTheComponentAndItsChildren()
    {
        var (graph, _) = Build();
        var component = graph[Name];
        Assert.Equal("iris:webgateway:WebGateway", component.Type);
        Assert.Equal(
            ["kubernetes:apps/v1:Deployment", "kubernetes:core/v1:ConfigMap", "kubernetes:core/v1:Secret", "kubernetes:core/v1:Secret", "kubernetes:core/v1:Service"],
            Kubernetes(graph).Select(n => n.Type).Order(StringComparer.Ordinal));
        Assert.All(graph.ChildrenOf(Name), n => Assert.StartsWith("webgateway-", n.Name, StringComparison.Ordinal));
    }

    [Fact]
    public void RenderedFiles_RecordTheSettingsTheyAreRenderedFrom_AllDocumented()
    {
        var (graph, _) = Build();
        var documented = StackConfigLoader.Reference().Select(d => d.Key).ToHashSet();
        var nginx = graph.SettingsOf($"{Name}-nginx-conf", PropertyPath.Of("data", "nginx.conf")).ToList();
        var cspIni = graph.SettingsOf($"{Name}-csp-ini", PropertyPath.Of("stringData", "CSP.ini")).ToList();

        Assert.Contains("iris-stack:webGateway.blockedUris", nginx);
        Assert.Contains("iris-stack:webGateway.headers.hstsMaxAgeSeconds", nginx);
        Assert.Contains("iris-stack:webGateway.systemManager", cspIni);
        // Every key a file names is one the stack file can set, so a finding never names a key that does not exist.
        Assert.All(nginx.Concat(cspIni), key => Assert.Contains(key, documented));
    }

    [Fact]
    public void IrisPassword_Unset_IsGeneratedAndOnlyReachesCspIniAsASecret()
    {
        var (graph, outputs) = Build(Config with { Iris = Config.Iris with { Password = null } });

        var password = graph["webgateway-iris-password"];
        Assert.Equal("random:index/randomPassword:RandomPassword", password.Type);
        Assert.Equal(new NumberValue(32), password.Input("length"));
        Assert.Equal(new BoolValue(false), password.Input("special"));
        var generated = new SecretValue(new OutputReference("webgateway-iris-password", "result"));
        Assert.Equal(generated, outputs.IrisPassword);
        var cspIni = ((MapValue)graph["webgateway-csp-ini"].Input("stringData")!)["CSP.ini"];
        Assert.Contains(generated, cspIni!.References().Select(r => new SecretValue(r)));
        Assert.True(cspIni.ContainsSecret);
    }

    [Fact]
    public void IrisPassword_Configured_IsUsedAndNothingIsGenerated()
    {
        var (graph, outputs) = Build();

        Assert.Empty(graph.OfType("random:index/randomPassword:RandomPassword"));
        Assert.Equal(new SecretValue(new StringValue("Pa55-word!")), outputs.IrisPassword);
    }

    [Fact]
    public void KubernetesNodes_UseTheClusterProviderAndTheWebGatewayNamespace()
    {
        var (graph, _) = Build();
        Assert.All(Kubernetes(graph), n =>
        {
            Assert.Equal("cluster-k8s", n.Options.Provider);
            Assert.Contains("cluster-ns-web-gateway", n.Options.DependsOn);
            Assert.Equal(new StringValue("web-gateway"), n.Input("metadata.namespace"));
            Assert.IsType<StringValue>(n.Input("apiVersion"));
            Assert.IsType<StringValue>(n.Input("kind"));
        });
    }

    [Fact]
    public void Pods_CarryTheWebGatewayTierLabel()
    {
        var (graph, outputs) = Build();
        var deployment = graph["webgateway-deployment"];
        var tier = new StringValue(TierLabels.Value(Tier.WebGateway));

        Assert.Equal(tier, ((MapValue)deployment.Input("spec.template.metadata.labels")!)[TierLabels.Key]);
        Assert.Equal(tier, ((MapValue)deployment.Input("spec.selector.matchLabels")!)[TierLabels.Key]);
        Assert.Equal(tier, ((MapValue)graph["webgateway-service"].Input("spec.selector")!)[TierLabels.Key]);
        Assert.Equal(TierLabels.Value(Tier.WebGateway), outputs.PodLabels[TierLabels.Key]);
    }

    [Fact]
    public void NoNetworkPolicy_TheClusterLayerOwnsTheTierChain()
    {
        var (graph, _) = Build();
        Assert.DoesNotContain(graph.Nodes, n => n.Type.Contains("NetworkPolicy", StringComparison.Ordinal));
    }

    [Fact]
    public void ConfigMap_HoldsExactlyTheRenderedArtifact()
    {
        var (graph, outputs) = Build();
        var artifact = outputs.Artifacts.Single(a => a.Path == "webgateway/nginx.conf");
        Assert.Equal(WebGatewayArtifacts.NginxConf(Context, Config, 8443), artifact.Content);
        Assert.Equal(new StringValue(artifact.Content), ((MapValue)graph["webgateway-nginx-conf"].Input("data")!)["nginx.conf"]);
    }

    [Fact]
    public void CspIniSecret_PasswordOnlyAsSecretValue()
    {
        var (graph, outputs) = Build();
        var secret = graph["webgateway-csp-ini"];
        var ini = Assert.IsType<InterpolationValue>(((MapValue)secret.Input("stringData")!)["CSP.ini"]);

        Assert.Equal(new StringValue("Opaque"), secret.Input("type"));
        Assert.Contains(new SecretValue(new StringValue("Pa55-word!")), ini.Parts);
        Assert.DoesNotContain(graph.Nodes.SelectMany(n => Strings(n.Inputs)), s => s.Contains("Pa55-word!", StringComparison.Ordinal));
        var artifact = outputs.Artifacts.Single(a => a.Path == "webgateway/CSP.ini");
        Assert.Contains("Password=[secret]", artifact.Content, StringComparison.Ordinal);
    }

    [Fact]
    public void TlsSecret_HoldsCertKeyAndCa_KeyAsSecret()
    {
        var (graph, _) = Build();
        var data = (MapValue)graph["webgateway-tls"].Input("stringData")!;
        Assert.Equal(new StringValue("kubernetes.io/tls"), graph["webgateway-tls"].Input("type"));
        Assert.Equal(new OutputReference("webgateway-tls-cert", "certPem"), data["tls.crt"]);
        Assert.Equal(new SecretValue(new OutputReference("webgateway-tls-key", "privateKeyPem")), data["tls.key"]);
        Assert.Equal(new OutputReference("webgateway-ca-cert", "certPem"), data["ca.pem"]);
    }

    [Fact]
    public void GivenStackCa_SignsWithIt_AndMakesNoCaOfItsOwn()
    {
        var ca = new CertificateAuthority(new OutputReference("stack-ca-key", "publicKeyPem"), new OutputReference("stack-ca-key", "privateKeyPem"));
        var (graph, outputs) = Build(ca: ca);

        Assert.Null(graph.Find("webgateway-ca-cert"));
        Assert.Equal(ca.PrivateKeyPem, graph["webgateway-tls-cert"].Input("caPrivateKeyPem"));
        Assert.Equal(ca.CertPem, outputs.CaCertPem);
    }

    [Fact]
    public void Deployment_ReplicasAndResourcesFromConfig()
    {
        var (graph, _) = Build(Config with { Replicas = 4 });
        var deployment = graph["webgateway-deployment"];
        var container = (MapValue)((ListValue)deployment.Input("spec.template.spec.containers")!).Items.Single();

        Assert.Equal(new NumberValue(4), deployment.Input("spec.replicas"));
        Assert.Equal(new StringValue(Config.Image), container["image"]);
        Assert.Equal(new StringValue("250m"), ((MapValue)((MapValue)container["resources"]!)["requests"]!)["cpu"]);
        Assert.Equal(new StringValue("1"), ((MapValue)((MapValue)container["resources"]!)["limits"]!)["cpu"]);
        Assert.NotNull(container["readinessProbe"]);
        Assert.NotNull(container["livenessProbe"]);
    }

    [Fact]
    public void Pod_IsHardened()
    {
        var (graph, _) = Build();
        var spec = (MapValue)graph["webgateway-deployment"].Input("spec.template.spec")!;
        var container = (MapValue)((ListValue)spec["containers"]!).Items.Single();
        var security = (MapValue)container["securityContext"]!;

        Assert.Equal(new BoolValue(false), spec["automountServiceAccountToken"]);
        Assert.Equal(new BoolValue(true), ((MapValue)spec["securityContext"]!)["runAsNonRoot"]);
        Assert.Equal(new NumberValue(51773), ((MapValue)spec["securityContext"]!)["runAsUser"]);
        Assert.Equal(new BoolValue(false), security["allowPrivilegeEscalation"]);
        Assert.Equal(new BoolValue(false), security["privileged"]);
        Assert.Equal(ListValue.Of("ALL"), ((MapValue)security["capabilities"]!)["drop"]);
        Assert.Equal(new StringValue("RuntimeDefault"), ((MapValue)((MapValue)spec["securityContext"]!)["seccompProfile"]!)["type"]);
    }

    [Fact]
    public void Deployment_MountsTheRenderedFiles()
    {
        var (graph, _) = Build();
        var container = (MapValue)((ListValue)graph["webgateway-deployment"].Input("spec.template.spec.containers")!).Items.Single();
        var mounts = ((ListValue)container["volumeMounts"]!).Items.Cast<MapValue>().ToDictionary(m => m["name"]!.ToString()!, m => m["mountPath"]!.ToString());
        var env = ((ListValue)container["env"]!).Items.Cast<MapValue>().Single();

        Assert.Equal("/opt/nginx/conf/nginx.conf", mounts["nginx-conf"]);
        Assert.Equal("/webgateway/config", mounts["csp-ini"]);
        Assert.Equal("/webgateway/tls", mounts["tls"]);
        Assert.Equal(new StringValue("ISC_CSP_INI_FILE"), env["name"]);
        Assert.Equal(new StringValue("/webgateway/config/CSP.ini"), env["value"]);
    }

    [Fact]
    public void DisruptionBudget_OnlyWhenConfigured()
    {
        Assert.Null(Build().Graph.Find("webgateway-pdb"));
        var pdb = Build(Config with { Replicas = 3, DisruptionBudgetMinAvailable = 2 }).Graph["webgateway-pdb"];
        Assert.Equal("kubernetes:policy/v1:PodDisruptionBudget", pdb.Type);
        Assert.Equal(new NumberValue(2), pdb.Input("spec.minAvailable"));
        Assert.Equal(new StringValue("policy/v1"), pdb.Input("apiVersion"));
    }

    [Fact]
    public void Service_ClusterIpOnHttps()
    {
        var (graph, outputs) = Build();
        var service = graph["webgateway-service"];
        var port = (MapValue)((ListValue)service.Input("spec.ports")!).Items.Single();

        Assert.Equal(new StringValue("ClusterIP"), service.Input("spec.type"));
        Assert.Equal(new NumberValue(443), port["port"]);
        Assert.Equal(new StringValue("https"), port["targetPort"]);
        Assert.Equal("webgateway.web-gateway.svc.cluster.local", outputs.ServiceHost);
    }

    [Fact]
    public void ConfigChange_ChangesThePodTemplateHash()
    {
        static Value Hash(WebGatewayConfig c) => Build(c).Graph["webgateway-deployment"].Input("spec.template.metadata.annotations")!;
        Assert.Equal(Hash(Config), Hash(Config with { }));
        Assert.NotEqual(Hash(Config), Hash(Config with { Limits = Config.Limits with { MaxBodySize = "1m" } }));
    }

    private static IEnumerable<string> Strings(Value value) => value switch
    {
        StringValue s => [s.Value],
        ListValue l => l.Items.SelectMany(Strings),
        MapValue m => m.Entries.Values.SelectMany(Strings),
        InterpolationValue i => i.Parts.SelectMany(Strings),
        _ => [],
    };
}
