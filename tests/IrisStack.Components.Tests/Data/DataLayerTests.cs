using System.Collections.Immutable;
using System.Text.Json.Nodes;
using IrisStack.Components.Aws;
using IrisStack.Components.Cluster;
using IrisStack.Components.Data;
using IrisStack.Components.Data.Iko;
using IrisStack.Components.Data.Pki;
using IrisStack.Components.Data.Security;
using IrisStack.Components.Graph;
using IrisStack.Components.Kubernetes;
using IrisStack.Components.Tests.Data.Cluster;
using IrisStack.Components.Tests.Data.Iko;
using IrisStack.Components.Tests.Schema;

namespace IrisStack.Components.Tests.Data;

public sealed class DataLayerTests
{
    private const string Name = "data";

    private static readonly StackContext Context = new("iris-stack", "test", "eu-west-1", "123456789012", ImmutableSortedDictionary.Create<string, string>(StringComparer.Ordinal));

    private static readonly PkiConfig Tls = PkiConfig.Read(Components.Config.ConfigReader.EmptySection("data.tls"));

    private static readonly string[] ControlPlane = ["10.0.96.0/19", "10.0.128.0/19", "10.0.160.0/19"];

    private static (ResourceGraph Graph, DataOutputs Outputs) Build(JsonObject cluster, bool secret = false, JsonObject? @operator = null)
    {
        var graph = new GraphBuilder("iris-stack", "test");
        var component = graph.Component(TypeTokens.Cluster, "cluster");
        var provider = graph.Provider("kubernetes", "cluster-k8s", MapValue.Empty, component.Name);
        var ns = graph.Resource("kubernetes:core/v1:Namespace", "cluster-ns-iris", MapValue.Of(("metadata", MapValue.Of(("name", "iris")))), component.Name, new ResourceOptions { Provider = provider.Name });
        var outputs = new ClusterOutputs(
            "iris-stack-test", provider.Name, new TierNamespaces("api-gateway", "web-gateway", "iris"),
            ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, [KeyValuePair.Create("iris", ns.Name)]),
            TierChain.Plan(TierPorts.Default, []), new SecretValue(new OutputReference("cluster-eks", "kubeconfigJson")), "arn:aws:iam::123456789012:oidc-provider/x", "oidc.eks.eu-west-1.amazonaws.com/id/X");
        var config = new DataConfig(IrisClusterSections.Read(cluster, secret), Tls, IrisSecurityConfig.Default, OperatorSections.Read(@operator ?? OperatorSections.Minimal()), Backups.BackupsSections.Read(Backups.BackupsSections.With()));
        var placement = new DataPlacement("gp3-encrypted", DedicatedNodes: true) { ControlPlaneCidrs = [.. ControlPlane] };
        var data = DataLayer.Build(graph, new ComponentScope(Name), Context, config, outputs, placement, "wg_login");
        return (graph.Build(), data);
    }

    private static ResourceNode IrisCluster(ResourceGraph graph) => Assert.Single(graph.OfType("kubernetes:intersystems.com/v1alpha1:IrisCluster"));

    [Fact]
    public void IrisCluster_IsACustomResourceInTheIrisNamespace_AfterItsSecrets()
    {
        var (graph, outputs) = Build(new JsonObject { ["licenseKey"] = "[ConfigFile]" }, secret: true);
        var node = IrisCluster(graph);
        Assert.Equal((Name, "cluster-k8s"), (node.Parent, node.Options.Provider));
        Assert.Equal(("intersystems.com/v1alpha1", "IrisCluster", "iris", "iris"),
            ((node.Input("apiVersion") as StringValue)?.Value, (node.Input("kind") as StringValue)?.Value, (node.Input("metadata.name") as StringValue)?.Value, (node.Input("metadata.namespace") as StringValue)?.Value));
        var secrets = graph.ChildrenOf(Name).Where(n => n.Type == "kubernetes:core/v1:Secret" && (n.Input("metadata.namespace") as StringValue)?.Value == "iris")
            .Select(n => n.Name).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["data-license", "data-pull-secret", "data-tls-superserver-secret"], secrets);
        Assert.Equal(["cluster-ns-iris", "data-cpf", .. secrets.Take(1), "data-operator", .. secrets.Skip(1)], node.Options.DependsOn.Order(StringComparer.Ordinal));
        Assert.Equal(node.Name, outputs.IrisCluster.Name);
    }

    [Fact]
    public void Spec_NamesTheLicenseAndTlsSecretsTheLayerCreates()
    {
        var (graph, _) = Build(new JsonObject { ["licenseKey"] = "[ConfigFile]", ["mirrored"] = "true" }, secret: true);
        var spec = IrisCluster(graph);
        var secretNames = graph.OfType("kubernetes:core/v1:Secret").Select(s => (s.Input("metadata.name") as StringValue)?.Value).ToHashSet();
        Assert.Contains((spec.Input("spec.licenseKeySecret.name") as StringValue)?.Value, secretNames);
        Assert.Contains((spec.Input("spec.tls.common.secret.secretName") as StringValue)?.Value, secretNames);
        Assert.Contains((spec.Input("spec.tls.mirror.secret.secretName") as StringValue)?.Value, secretNames);
        Assert.Equal("gp3-encrypted", (spec.Input("spec.storageClassName") as StringValue)?.Value);
    }

    [Fact]
    public void LicenseKey_OnlyAsASecretValue_AndNoSecretWithoutOne()
    {
        var (graph, _) = Build(new JsonObject { ["licenseKey"] = "[ConfigFile]" }, secret: true);
        var license = graph["data-license"];
        Assert.IsType<SecretValue>(((MapValue)license.Input("stringData")!)["iris.key"]);
        Assert.Null(IrisCluster(Build([]).Graph).Input("spec.licenseKeySecret"));
        Assert.DoesNotContain(Build([]).Graph.Nodes, n => n.Name == "data-license");
    }

    [Fact]
    public void ExportServiceAccount_TheIrisPodsRunAsTheIrsaServiceAccountTheLayerCreates()
    {
        var (graph, outputs) = Build(new JsonObject { ["exportServiceAccount"] = "true" });
        var name = (IrisCluster(graph).Input("spec.topology.data.podTemplate.spec.serviceAccountName") as StringValue)?.Value;
        var account = Assert.Single(graph.OfType("kubernetes:core/v1:ServiceAccount"), a => (a.Input("metadata.name") as StringValue)?.Value == name);
        Assert.Equal(outputs.Backups.ServiceAccountName, name);
        Assert.Equal(new OutputReference(outputs.Backups.ExportRole.Name, "arn"), ((MapValue)account.Input("metadata.annotations")!)["eks.amazonaws.com/role-arn"]);
        Assert.Null(IrisCluster(Build([]).Graph).Input("spec.topology.data.podTemplate.spec.serviceAccountName"));
    }

    [Fact]
    public void Outputs_TheNamesInTheIrisNamespace_AndTheCaTheWebGatewayVerifies()
    {
        var (graph, outputs) = Build(new JsonObject { ["computeReplicas"] = "2" });
        Assert.Equal(["iris-compute-0.iris-svc.iris.svc.cluster.local", "iris-compute-1.iris-svc.iris.svc.cluster.local"], outputs.Names.ComputeHosts.AsEnumerable());
        var caCert = Assert.Single(graph.OfType("tls:index/selfSignedCert:SelfSignedCert"));
        Assert.Equal(new OutputReference(caCert.Name, "certPem"), outputs.CaCertPem);
    }

    [Fact]
    public void EveryKubernetesObjectInTheIrisNamespace_CarriesTheIrisTierLabel()
    {
        var (graph, _) = Build(new JsonObject { ["mirrored"] = "true" }, @operator: OperatorSections.Minimal(("irisPorts", new JsonArray("52773"))));
        var inIris = graph.ChildrenOf(Name).Where(KubernetesObjects.IsObject).Where(n => (n.Input("metadata.namespace") as StringValue)?.Value == "iris").ToList();
        Assert.Contains(inIris, n => n.Type == "kubernetes:policy/v1:PodDisruptionBudget");
        Assert.Contains(inIris, n => n.Type == "kubernetes:networking.k8s.io/v1:NetworkPolicy");
        Assert.All(inIris, n =>
            Assert.Equal("iris-data", (n.Input("metadata.labels") as MapValue)?[TierLabels.Key] is StringValue { Value: var v } ? v : null));
    }

    [Fact]
    public void ConfigSource_HoldsTheThreeMergeFiles_AndPassesTheMergeFilePolicies()
    {
        var (graph, _) = Build(new JsonObject { ["mirrored"] = "true" });
        var configMap = graph["data-cpf"];
        Assert.Equal((IrisCluster(graph).Input("spec.configSource.name") as StringValue)?.Value, (configMap.Input("metadata.name") as StringValue)?.Value);
        Assert.Equal([MergeFiles.CommonKey, MergeFiles.ComputeKey, MergeFiles.DataKey], ((MapValue)configMap.Input("data")!).Entries.Keys);

        var report = IrisStack.Policies.PolicyRunner.Run(IrisStack.Policies.PolicyPack.Default(), graph, IrisStack.Components.Config.PolicySettings.Read(Components.Config.ConfigReader.EmptySection("policies")));
        var data = report.Results.Where(r => r.Policy.Layer == "data").ToList();
        Assert.NotEmpty(data);
        Assert.All(data, r => Assert.Equal(IrisStack.Policies.PolicyStatus.Passed, r.Status));
    }

    [Fact]
    public void OperatorNamespace_EnforcesBaseline_WarnsAndAuditsRestricted_WithTheReason()
    {
        var (graph, _) = Build([]);
        var ns = graph["data-operator-ns"];
        var labels = (MapValue)ns.Input("metadata.labels")!;
        Assert.Equal(("iris-operator", "baseline", "restricted", "restricted"),
            ((ns.Input("metadata.name") as StringValue)?.Value, Label(labels, "pod-security.kubernetes.io/enforce"), Label(labels, "pod-security.kubernetes.io/warn"), Label(labels, "pod-security.kubernetes.io/audit")));
        Assert.Contains("baseline still forbids privileged pods", ((MapValue)ns.Input("metadata.annotations")!)["iris-stack/pod-security-reason"] is StringValue { Value: var reason } ? reason : null, StringComparison.Ordinal);

        static string? Label(MapValue labels, string key) => (labels[key] as StringValue)?.Value;
    }

    [Fact]
    public void PullSecrets_InBothNamespaces_HoldTheDockerConfigAsASecret_AndTheIrisClusterNamesIt()
    {
        var (graph, _) = Build([]);
        var secrets = new[] { graph["data-operator-pull-secret"], graph["data-pull-secret"] };

        Assert.Equal(["iris-operator", "iris"], secrets.Select(s => (s.Input("metadata.namespace") as StringValue)?.Value));
        Assert.All(secrets, s =>
        {
            Assert.Equal(DockerConfigJson.SecretType, (s.Input("type") as StringValue)?.Value);
            Assert.IsType<SecretValue>(((MapValue)s.Input("stringData")!)[DockerConfigJson.Key]);
        });
        Assert.Equal(IrisOperator.PullSecretName, (IrisCluster(graph).Input("spec.imagePullSecrets") as ListValue)?.Items.Single() is MapValue m ? (m["name"] as StringValue)?.Value : null);
        Assert.Equal(IrisOperator.PullSecretName, (secrets[1].Input("metadata.name") as StringValue)?.Value);
    }

    [Fact]
    public void Release_InstallsAfterItsNamespace_PullSecret_AndPolicies_AndTheIrisClusterAfterIt()
    {
        var (graph, _) = Build([]);
        var release = Assert.Single(graph.OfType("kubernetes:helm.sh/v3:Release"));
        var policies = graph.OfType("kubernetes:networking.k8s.io/v1:NetworkPolicy").Where(p => (p.Input("metadata.namespace") as StringValue)?.Value == "iris-operator").Select(p => p.Name);

        Assert.Equal(("data-operator", "cluster-k8s", "iris-operator"), (release.Name, release.Options.Provider, (release.Input("namespace") as StringValue)?.Value));
        Assert.Equal(["data-operator-ns", "data-operator-pull-secret", .. policies], release.Options.DependsOn.AsEnumerable());
        Assert.Contains(release.Name, IrisCluster(graph).Options.DependsOn);
        Assert.Equal(4, policies.Count());
    }

    [Fact]
    public void NoControlPlaneSubnets_TheOperatorCannotBeAdmitted()
    {
        var graph = new GraphBuilder("iris-stack", "test");
        var outputs = ClusterOutputs.External("cluster.", "iris-stack-test", new TierNamespaces("api-gateway", "web-gateway", "iris"), TierChain.Plan(TierPorts.Default, []));
        var config = new DataConfig(IrisClusterSections.Read([]), Tls, IrisSecurityConfig.Default, OperatorSections.Read(OperatorSections.Minimal()), Backups.BackupsSections.Read(Backups.BackupsSections.With()));
        Assert.Throws<ArgumentException>(() => DataLayer.Build(graph, new ComponentScope(Name), Context, config, outputs, new DataPlacement("gp3-encrypted", false), "wg_login"));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void EveryNode_ConformsToTheSchemaFacts(bool mirrored)
    {
        var facts = SchemaFacts.Load(SchemaFacts.DefaultPath);
        var (graph, _) = Build(new JsonObject { ["mirrored"] = mirrored ? "true" : "false", ["computeReplicas"] = "2" },
            @operator: OperatorSections.Minimal(("irisPorts", new JsonArray("52773")), ("computeDisruptionBudget", "true")));

        // The IrisCluster's facts come with the stack's wiring of this layer (StackSchemaConformanceTests).
        var nodes = graph.ChildrenOf(Name).Where(n => n.Type != "kubernetes:intersystems.com/v1alpha1:IrisCluster").ToList();
        Assert.Contains(nodes, n => n.Type == "kubernetes:policy/v1:PodDisruptionBudget");
        Assert.Contains(nodes, n => n.Type == "kubernetes:helm.sh/v3:Release");
        var violations = nodes.SelectMany(n => SchemaConformance.Check(n, facts, graph.Find)).ToList();
        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
    }

    [Fact]
    public void OperatorNamespace_PassesTheNamespacePolicies_AndTheLayerItsDataPolicies_OnAnHaStack()
    {
        var (graph, _) = Build(new JsonObject { ["mirrored"] = "true", ["computeReplicas"] = "2" });
        var settings = IrisStack.Components.Config.PolicySettings.Read(Components.Config.ConfigReader.EmptySection("policies")) with { RequireProtection = true };

        var report = IrisStack.Policies.PolicyRunner.Run(IrisStack.Policies.PolicyPack.Default(), graph, settings);

        var namespaces = report.Results.Where(r => r.Policy.Id is "k8s-namespace-pod-security" or "k8s-namespace-default-deny").ToList();
        Assert.Equal(2, namespaces.Count);
        Assert.All(namespaces, r => Assert.DoesNotContain(r.Violations, v => v.Resource.StartsWith("data-", StringComparison.Ordinal)));
        var data = report.Results.Where(r => r.Policy.Layer == "data").ToList();
        Assert.Contains(data, r => r.Policy.Id == "iris-cluster-ha-mirrored");
        Assert.All(data, r => Assert.Equal(IrisStack.Policies.PolicyStatus.Passed, r.Status));
    }
}
