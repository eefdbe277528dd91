using System.Text.Json.Nodes;
using IrisStack.Components.Data.Cluster;
using IrisStack.Components.Graph;
using k8s.Models;
using static IrisStack.Components.Tests.Data.Cluster.IrisClusterSections;

namespace IrisStack.Components.Tests.Data.Cluster;

public sealed class IrisClusterManifestTests
{
    private static readonly IrisClusterRefs Refs = new("iris-cpf", "gp3-encrypted", LicenseKeySecret: "iris-key", ImagePullSecret: "icr", TlsCommonSecret: "iris-tls", DedicatedNodes: true);

    private static MapValue Spec(JsonObject cluster, IrisClusterRefs? refs = null) => IrisClusterManifest.Spec(Read(cluster), refs ?? Refs);

    private static string? Text(MapValue map, string path) => (Input(map, path) as StringValue)?.Value;

    private static string Json(Value value)
    {
        using var stream = new MemoryStream();
        using (var writer = new System.Text.Json.Utf8JsonWriter(stream))
        {
            ValueJson.Write(writer, value);
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    private static Value? Input(MapValue map, string path) => new ResourceNode("t", "n", NodeKind.Custom, null, map, ResourceOptions.None).Input(path);

    [Fact]
    public void References_TheLicenseConfigSourcePullSecretStorageClassAndTls()
    {
        var spec = Spec([]);
        Assert.Equal("iris-key", Text(spec, "licenseKeySecret.name"));
        Assert.Equal("iris-cpf", Text(spec, "configSource.name"));
        Assert.Equal("icr", Text((MapValue)((ListValue)spec["imagePullSecrets"]!).Items[0], "name"));
        Assert.Equal("gp3-encrypted", Text(spec, "storageClassName"));
        Assert.Equal("iris-tls", Text(spec, "tls.common.secret.secretName"));
        Assert.Null(Input(spec, "tls.mirror"));
        Assert.Equal("ClusterIP", Text(spec, "serviceTemplate.spec.type"));
    }

    [Fact]
    public void Unmirrored_HasNoArbiter_AndOneDataNodeInItsZone()
    {
        var spec = Spec([]);
        Assert.Null(Input(spec, "topology.data.mirrored"));
        Assert.Null(Input(spec, "topology.arbiter"));
        Assert.Equal(ListValue.Of("eu-west-1a"), Input(spec, "topology.data.preferredZones"));
        Assert.Equal(new NumberValue(1), Input(spec, "topology.compute.replicas"));
    }

    [Fact]
    public void Mirrored_MembersInTwoZones_ArbiterInTheThird()
    {
        var spec = Spec(new JsonObject { ["mirrored"] = "true", ["computeReplicas"] = "2" });
        Assert.Equal(new BoolValue(true), Input(spec, "topology.data.mirrored"));
        Assert.Equal(ListValue.Of("eu-west-1a", "eu-west-1b"), Input(spec, "topology.data.preferredZones"));
        Assert.Equal(ListValue.Of("eu-west-1c"), Input(spec, "topology.arbiter.preferredZones"));
        Assert.Equal("containers.intersystems.com/intersystems/arbiter:2025.1", Text(spec, "topology.arbiter.image"));
    }

    [Fact]
    public void NoCompute_LeavesComputeOut() => Assert.Null(Input(Spec(new JsonObject { ["computeReplicas"] = "0" }), "topology.compute"));

    [Fact]
    public void DataAndCompute_UseTheFourVolumes_EachWithItsOwnSizes()
    {
        var spec = Spec(new JsonObject
        {
            ["storage"] = new JsonObject { ["db"] = "200Gi", ["journal1"] = "50Gi" },
            ["computeStorage"] = new JsonObject { ["db"] = "15Gi" },
        });
        foreach (var (node, db, journal1) in new[] { ("data", "200Gi", "50Gi"), ("compute", "15Gi", "10Gi") })
        {
            Assert.Equal(db, Text(spec, $"topology.{node}.storageDB.resources.requests.storage"));
            Assert.Equal("10Gi", Text(spec, $"topology.{node}.storageWIJ.resources.requests.storage"));
            Assert.Equal(journal1, Text(spec, $"topology.{node}.storageJournal1.resources.requests.storage"));
            Assert.Equal("10Gi", Text(spec, $"topology.{node}.storageJournal2.resources.requests.storage"));
            Assert.Null(Input(spec, $"topology.{node}.storage"));
        }
    }

    [Fact]
    public void PodTemplates_RunAsIrisOwner_OnTheDedicatedNodes_WithResources()
    {
        var spec = Spec(new JsonObject { ["mirrored"] = "true" });
        foreach (var node in new[] { "data", "compute", "arbiter" })
        {
            // The pod template is a real PodSpec: it reads with the official client model.
            var pod = k8s.KubernetesJson.Deserialize<V1PodSpec>(Json(Input(spec, $"topology.{node}.podTemplate.spec")!));
            Assert.Equal((true, 51773L, 51773L, 51773L), (pod.SecurityContext.RunAsNonRoot, pod.SecurityContext.RunAsUser, pod.SecurityContext.RunAsGroup, pod.SecurityContext.FsGroup));
            Assert.Equal("iris", pod.NodeSelector["iris-stack/dedicated"]);
            var toleration = Assert.Single(pod.Tolerations);
            Assert.Equal(("iris-stack/dedicated", "Equal", "iris", "NoSchedule"), (toleration.Key, toleration.OperatorProperty, toleration.Value, toleration.Effect));
            Assert.NotNull(pod.Resources.Requests["memory"]);
            Assert.NotNull(pod.Resources.Limits["cpu"]);
        }
    }

    [Fact]
    public void WithoutDedicatedNodes_NoSelectorOrToleration_AndTheSwitchDropsTheSecurityContext()
    {
        var spec = IrisClusterManifest.Spec(Read(new JsonObject { ["podSecurityContext"] = "false" }), Refs with { DedicatedNodes = false });
        Assert.Null(Input(spec, "topology.data.podTemplate.spec.nodeSelector"));
        Assert.Null(Input(spec, "topology.data.podTemplate.spec.tolerations"));
        Assert.Null(Input(spec, "topology.data.podTemplate.spec.securityContext"));
    }

    [Fact]
    public void Mirrored_DataPods_RequireDistinctZones_SelectingThisClustersDataPods()
    {
        var spec = Spec(new JsonObject { ["mirrored"] = "true", ["name"] = "prod-iris" });
        var pod = k8s.KubernetesJson.Deserialize<V1PodSpec>(Json(Input(spec, "topology.data.podTemplate.spec")!));
        var term = Assert.Single(pod.Affinity.PodAntiAffinity.RequiredDuringSchedulingIgnoredDuringExecution);
        Assert.Equal("topology.kubernetes.io/zone", term.TopologyKey);
        Assert.Equal(new Dictionary<string, string> { ["intersystems.com/component"] = "data", ["intersystems.com/name"] = "prod-iris" }, term.LabelSelector.MatchLabels);
        Assert.Null(pod.Affinity.PodAffinity);
        Assert.Null(Input(spec, "topology.compute.podTemplate.spec.affinity"));
        Assert.Null(Input(spec, "topology.arbiter.podTemplate.spec.affinity"));
    }

    [Fact]
    public void ZoneAntiAffinity_OnlyForAMirror_AndOffWithItsSwitch()
    {
        Assert.Null(Input(Spec([]), "topology.data.podTemplate.spec.affinity"));
        Assert.Null(Input(Spec(new JsonObject { ["mirrored"] = "true", ["zoneAntiAffinity"] = "false" }), "topology.data.podTemplate.spec.affinity"));
    }

    [Fact]
    public void ServiceAccount_OnDataAndComputePods_OnlyWhenGiven()
    {
        var spec = Spec(new JsonObject { ["mirrored"] = "true" }, Refs with { ServiceAccountName = "iris-exports" });
        Assert.Equal("iris-exports", Text(spec, "topology.data.podTemplate.spec.serviceAccountName"));
        Assert.Equal("iris-exports", Text(spec, "topology.compute.podTemplate.spec.serviceAccountName"));
        Assert.Null(Input(spec, "topology.arbiter.podTemplate.spec.serviceAccountName"));
        Assert.Null(Input(Spec(new JsonObject { ["mirrored"] = "true" }), "topology.data.podTemplate.spec.serviceAccountName"));
    }

    [Fact]
    public void UsesOnlyFieldsTheSampleConfirms()
    {
        // iris.md §1.2-1.5: the top-level and node fields IKO's sample documents; nothing else may appear.
        string[] top = ["licenseKeySecret", "configSource", "imagePullSecrets", "storageClassName", "tls", "serviceTemplate", "topology"];
        string[] node = ["image", "mirrored", "preferredZones", "podTemplate", "replicas", "storageDB", "storageWIJ", "storageJournal1", "storageJournal2"];
        var spec = Spec(new JsonObject { ["mirrored"] = "true" }, Refs with { TlsMirrorSecret = "iris-mirror-tls" });
        Assert.All(spec.Entries.Keys, k => Assert.Contains(k, top));
        Assert.Equal(["common", "mirror"], ((MapValue)spec["tls"]!).Entries.Keys);
        foreach (var (_, value) in ((MapValue)spec["topology"]!).Entries)
        {
            Assert.All(((MapValue)value).Entries.Keys, k => Assert.Contains(k, node));
        }
    }

    [Fact]
    public void SameSettings_SameSpec() => Assert.Equal(Spec(new JsonObject { ["mirrored"] = "true" }), Spec(new JsonObject { ["mirrored"] = "true" }));
}
