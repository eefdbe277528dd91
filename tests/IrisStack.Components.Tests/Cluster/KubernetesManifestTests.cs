using IrisStack.Components.Graph;
using IrisStack.Components.Kubernetes;
using IrisStack.Stack;
using IrisStack.Tests.Shared;
using k8s;
using k8s.Models;
using YamlDotNet.Core;

namespace IrisStack.Components.Tests.Cluster;

public class KubernetesManifestTests
{
    public static TheoryData<string> Stacks => ["dev", "prod"];

    [Theory]
    [InlineData("v1", "Namespace", "kubernetes:core/v1:Namespace")]
    [InlineData("networking.k8s.io/v1", "NetworkPolicy", "kubernetes:networking.k8s.io/v1:NetworkPolicy")]
    [InlineData("intersystems.com/v1alpha1", "IrisCluster", "kubernetes:intersystems.com/v1alpha1:IrisCluster")]
    public void TypeToken_FollowsTheProvider(string apiVersion, string kind, string token) =>
        Assert.Equal(token, KubernetesObjects.TypeToken(apiVersion, kind));

    [Fact]
    public void Add_SetsApiVersionKindMetadataAndTheProvider()
    {
        var graph = new GraphBuilder("p", "s");
        graph.Component("iris:test:Test", "c");
        graph.Provider("kubernetes", "k8s", MapValue.Empty);
        KubernetesObjects.Add(graph, "c-cm", "v1", "ConfigMap", KubernetesObjects.Metadata("settings", "iris"), MapValue.Of(("data", MapValue.Of(("a", "b")))), "c", "k8s");
        var node = graph.Build()["c-cm"];

        Assert.Equal("kubernetes:core/v1:ConfigMap", node.Type);
        Assert.Equal("v1", ClusterFixtures.Text(node.Input("apiVersion")));
        Assert.Equal("ConfigMap", ClusterFixtures.Text(node.Input("kind")));
        Assert.Equal("iris", ClusterFixtures.Text(node.Input("metadata.namespace")));
        Assert.Equal("k8s", node.Options.Provider);
        Assert.Equal("k8s/iris/configmap-settings.yaml", KubernetesManifestRenderer.PathOf(node));
    }

    [Fact]
    public void Add_RefusesApiVersionAmongTheFields()
    {
        var graph = new GraphBuilder("p", "s");

        Assert.Throws<ArgumentException>(() => KubernetesObjects.Add(graph, "x", "v1", "ConfigMap", KubernetesObjects.Metadata("x"), MapValue.Of(("kind", "Secret")), "c", "k8s"));
    }

    [Fact]
    public void Render_MasksSecretsAndEverySecretDataValue()
    {
        var graph = Graph();
        KubernetesObjects.Add(graph, "secret", "v1", "Secret", KubernetesObjects.Metadata("creds", "iris"),
            MapValue.Of(("stringData", MapValue.Of(("password", "hunter2"), ("token", new SecretValue("abc"))))), "c", "k8s");
        KubernetesObjects.Add(graph, "cm", "v1", "ConfigMap", KubernetesObjects.Metadata("cfg", "iris"),
            MapValue.Of(("data", MapValue.Of(("url", InterpolationValue.Of("https://", new SecretValue("pw"), "@host"))))), "c", "k8s");
        var artifacts = KubernetesManifestRenderer.Render(graph.Build());
        var text = string.Concat(artifacts.Select(a => a.Content));

        Assert.DoesNotContain("hunter2", text, StringComparison.Ordinal);
        Assert.DoesNotContain("abc", text, StringComparison.Ordinal);
        Assert.DoesNotContain("pw@", text, StringComparison.Ordinal);
        Assert.Equal("[secret]", KubernetesYaml.Deserialize<V1Secret>(artifacts[0].Content, true).StringData["password"]);
        Assert.Equal("https://[secret]@host", KubernetesYaml.Deserialize<V1ConfigMap>(artifacts[1].Content, true).Data["url"]);
    }

    [Fact]
    public void Render_QuotesStringsYamlWouldReadAsOtherTypes()
    {
        var graph = Graph();
        KubernetesObjects.Add(graph, "cm", "v1", "ConfigMap", KubernetesObjects.Metadata("cfg", "iris"),
            MapValue.Of(("data", MapValue.Of(("a", "true"), ("b", "0755"), ("c", "null"), ("d", "1.33"), ("e", "yes"), ("f", "")))), "c", "k8s");
        var content = KubernetesManifestRenderer.Render(graph.Build()).Single().Content;
        var data = KubernetesYaml.Deserialize<V1ConfigMap>(content, true).Data;

        Assert.Equal(["true", "0755", "null", "1.33", "yes", ""], data.OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => e.Value));
        Assert.Contains("a: \"true\"", content, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("dev", 37)]
    [InlineData("prod", 40)]
    public void StackManifests_RoundTripThroughTheOfficialModels_Strictly(string stack, int count)
    {
        // The IrisCluster and the TargetGroupBinding have no official model; IrisClusterManifestTests and EdgeAlbTests check their fields.
        var artifacts = RealStacks.Build(stack).Artifacts
            .Where(a => a.Path.StartsWith("k8s/", StringComparison.Ordinal) && !a.Path.Contains("/iriscluster-", StringComparison.Ordinal) && !a.Path.Contains("/targetgroupbinding-", StringComparison.Ordinal)).ToList();

        Assert.Equal(count, artifacts.Count);
        foreach (var artifact in artifacts)
        {
            object parsed = artifact.Path.Split('/')[^1].Split('-')[0] switch
            {
                "namespace" => KubernetesYaml.Deserialize<V1Namespace>(artifact.Content, true),
                "networkpolicy" => KubernetesYaml.Deserialize<V1NetworkPolicy>(artifact.Content, true),
                "storageclass" => KubernetesYaml.Deserialize<V1StorageClass>(artifact.Content, true),
                "configmap" => KubernetesYaml.Deserialize<V1ConfigMap>(artifact.Content, true),
                "secret" => KubernetesYaml.Deserialize<V1Secret>(artifact.Content, true),
                "deployment" => KubernetesYaml.Deserialize<V1Deployment>(artifact.Content, true),
                "service" => KubernetesYaml.Deserialize<V1Service>(artifact.Content, true),
                "poddisruptionbudget" => KubernetesYaml.Deserialize<V1PodDisruptionBudget>(artifact.Content, true),
                "serviceaccount" => KubernetesYaml.Deserialize<V1ServiceAccount>(artifact.Content, true),
                var other => throw new InvalidOperationException($"Unexpected manifest kind {other} ({artifact.Path})."),
            };
            Assert.Equal(artifact.Content, KubernetesYaml.Serialize(parsed).Replace("\r\n", "\n", StringComparison.Ordinal), new ManifestComparer());
        }
    }

    [Fact]
    public void NetworkPolicyManifest_ReadsBackWithItsFields()
    {
        var artifact = RealStacks.Build("prod").Artifacts.Single(a => a.Path == "k8s/iris/networkpolicy-iris-data-ingress-from-iris-compute.yaml");
        var policy = KubernetesYaml.Deserialize<V1NetworkPolicy>(artifact.Content, true);
        var rule = Assert.Single(policy.Spec.Ingress);
        var peer = Assert.Single(rule.FromProperty);

        Assert.Equal("networking.k8s.io/v1", policy.ApiVersion);
        Assert.Equal("iris", policy.Metadata.NamespaceProperty);
        Assert.Equal("data", policy.Spec.PodSelector.MatchLabels["intersystems.com/component"]);
        Assert.Equal(["Ingress"], policy.Spec.PolicyTypes);
        Assert.Equal("iris", peer.NamespaceSelector.MatchLabels["kubernetes.io/metadata.name"]);
        Assert.Equal("compute", peer.PodSelector.MatchLabels["intersystems.com/component"]);
        Assert.Equal("1972", Assert.Single(rule.Ports).Port.Value);
        Assert.Equal("TCP", Assert.Single(rule.Ports).Protocol);
    }

    [Fact]
    public void StorageClassManifest_ReadsBackEncryptedWithTheKey()
    {
        var artifact = RealStacks.Build("prod").Artifacts.Single(a => a.Path == "k8s/cluster/storageclass-gp3-encrypted.yaml");
        var storage = KubernetesYaml.Deserialize<V1StorageClass>(artifact.Content, true);

        Assert.Equal("true", storage.Metadata.Annotations["storageclass.kubernetes.io/is-default-class"]);
        Assert.Equal("true", storage.Parameters["encrypted"]);
        Assert.Equal("${cluster-key.arn}", storage.Parameters["kmsKeyId"]);
        Assert.Equal("iris-stack:backup=iris-stack-prod", storage.Parameters["tagSpecification_1"]);
        Assert.Equal("Retain", storage.ReclaimPolicy);
        Assert.Equal("WaitForFirstConsumer", storage.VolumeBindingMode);
        Assert.True(storage.AllowVolumeExpansion);
    }

    [Fact]
    public void StrictReading_RejectsAMisspeltField()
    {
        var artifact = RealStacks.Build("dev").Artifacts.Single(a => a.Path == "k8s/iris/networkpolicy-default-deny-all.yaml");
        var misspelt = artifact.Content.Replace("podSelector:", "podSelecter:", StringComparison.Ordinal);

        Assert.NotEqual(artifact.Content, misspelt);
        Assert.ThrowsAny<YamlException>(() => KubernetesYaml.Deserialize<V1NetworkPolicy>(misspelt, true));
    }

    [Theory]
    [MemberData(nameof(Stacks))]
    public void Render_IsDeterministic(string stack)
    {
        static string Digest(StackBuild build) => string.Join("\n", build.Artifacts.Select(a => a.Path + "\n" + a.Content));

        Assert.Equal(Digest(RealStacks.Build(stack)), Digest(RealStacks.Build(stack)));
    }

    private static GraphBuilder Graph()
    {
        var graph = new GraphBuilder("p", "s");
        graph.Component("iris:test:Test", "c");
        graph.Provider("kubernetes", "k8s", MapValue.Empty);
        return graph;
    }

    // The official serializer orders keys its own way and omits nulls; compare as sets of lines.
    // Same document whatever the scalar styles: both sides parsed into plain trees and compared.
    private sealed class ManifestComparer : IEqualityComparer<string>
    {
        private static readonly YamlDotNet.Serialization.IDeserializer Yaml = new YamlDotNet.Serialization.DeserializerBuilder().Build();

        public bool Equals(string? x, string? y) => Same(Yaml.Deserialize<object>(x ?? string.Empty), Yaml.Deserialize<object>(y ?? string.Empty));

        public int GetHashCode(string obj) => 0;

        private static bool Same(object? a, object? b) => (a, b) switch
        {
            (Dictionary<object, object> x, Dictionary<object, object> y) =>
                x.Count == y.Count && x.All(e => y.TryGetValue(e.Key, out var v) && Same(e.Value, v)),
            (List<object> x, List<object> y) => x.Count == y.Count && x.Zip(y).All(p => Same(p.First, p.Second)),
            _ => string.Equals(a?.ToString(), b?.ToString(), StringComparison.Ordinal),
        };
    }
}
