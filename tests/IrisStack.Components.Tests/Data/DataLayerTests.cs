using System.Collections.Immutable;
using System.Text.Json.Nodes;
using IrisStack.Components.Aws;
using IrisStack.Components.Cluster;
using IrisStack.Components.Data;
using IrisStack.Components.Data.Pki;
using IrisStack.Components.Data.Security;
using IrisStack.Components.Graph;
using IrisStack.Components.Kubernetes;
using IrisStack.Components.Tests.Data.Cluster;

namespace IrisStack.Components.Tests.Data;

public sealed class DataLayerTests
{
    private const string Name = "data";

    private static readonly StackContext Context = new("iris-stack", "test", "eu-west-1", "123456789012", ImmutableSortedDictionary.Create<string, string>(StringComparer.Ordinal));

    private static readonly PkiConfig Tls = PkiConfig.Read(Components.Config.ConfigReader.EmptySection("data.tls"));

    private static (ResourceGraph Graph, DataOutputs Outputs) Build(JsonObject cluster, bool secret = false)
    {
        var graph = new GraphBuilder("iris-stack", "test");
        var component = graph.Component(TypeTokens.Cluster, "cluster");
        var provider = graph.Provider("kubernetes", "cluster-k8s", MapValue.Empty, component.Name);
        var ns = graph.Resource("kubernetes:core/v1:Namespace", "cluster-ns-iris", MapValue.Of(("metadata", MapValue.Of(("name", "iris")))), component.Name, new ResourceOptions { Provider = provider.Name });
        var outputs = new ClusterOutputs(
            "iris-stack-test", provider.Name, new TierNamespaces("api-gateway", "web-gateway", "iris"),
            ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, [KeyValuePair.Create("iris", ns.Name)]),
            TierChain.Plan(TierPorts.Default, []), new SecretValue(new OutputReference("cluster-eks", "kubeconfigJson")), "arn:aws:iam::123456789012:oidc-provider/x", "oidc.eks.eu-west-1.amazonaws.com/id/X");
        var config = new DataConfig(IrisClusterSections.Read(cluster, secret), Tls, IrisSecurityConfig.Default, Backups.BackupsSections.Read(Backups.BackupsSections.With()));
        var data = DataLayer.Build(graph, new ComponentScope(Name), Context, config, outputs, new DataPlacement("gp3-encrypted", DedicatedNodes: true), "wg_login");
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
        var secrets = graph.ChildrenOf(Name).Where(n => n.Type == "kubernetes:core/v1:Secret").Select(n => n.Name).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["data-license", "data-tls-superserver-secret"], secrets);
        Assert.Equal(["cluster-ns-iris", "data-cpf", .. secrets], node.Options.DependsOn.Order(StringComparer.Ordinal));
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
    public void Outputs_TheNamesInTheIrisNamespace_AndTheCaTheWebGatewayVerifies()
    {
        var (graph, outputs) = Build(new JsonObject { ["computeReplicas"] = "2" });
        Assert.Equal(["iris-compute-0.iris-svc.iris.svc.cluster.local", "iris-compute-1.iris-svc.iris.svc.cluster.local"], outputs.Names.ComputeHosts.AsEnumerable());
        var caCert = Assert.Single(graph.OfType("tls:index/selfSignedCert:SelfSignedCert"));
        Assert.Equal(new OutputReference(caCert.Name, "certPem"), outputs.CaCertPem);
    }

    [Fact]
    public void EveryKubernetesObject_CarriesTheIrisTierLabel()
    {
        var (graph, _) = Build([]);
        Assert.All(graph.ChildrenOf(Name).Where(KubernetesObjects.IsObject), n =>
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
}
