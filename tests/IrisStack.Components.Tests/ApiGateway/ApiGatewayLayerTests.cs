using IrisStack.Components.ApiGateway;
using IrisStack.Components.Cluster;
using IrisStack.Components.Graph;
using IrisStack.Components.Kubernetes;
using IrisStack.Components.Tests.Schema;
using k8s;
using k8s.Models;
using static IrisStack.Components.Tests.ApiGateway.ApiGatewayLayerFixture;

namespace IrisStack.Components.Tests.ApiGateway;

public sealed class ApiGatewayLayerTests
{
    private static readonly Lazy<(ResourceGraph Graph, ApiGatewayOutputs Outputs, IrisStack.Components.Network.NetworkOutputs Network)> ProdBuild = new(() => Build(Prod()));

    private static ResourceGraph Graph => ProdBuild.Value.Graph;

    private static T Manifest<T>(ResourceNode node) => KubernetesYaml.Deserialize<T>(KubernetesManifestRenderer.Render(node).Content, true);

    private static V1PodSpec PodSpec => Manifest<V1Deployment>(Node(Graph, "deployment")).Spec.Template.Spec;

    private static MapValue Map(Value? value) => Assert.IsType<MapValue>(value);

    [Fact]
    public void Build_CreatesTheComponentKongAndItsRedis()
    {
        Assert.Equal(TypeTokens.ApiGateway, Graph[Name].Type);
        Assert.Equal(
            [
                "aws:cloudwatch/logGroup:LogGroup", "aws:cloudwatch/logGroup:LogGroup", "aws:ec2/securityGroup:SecurityGroup",
                "aws:elasticache/replicationGroup:ReplicationGroup", "aws:elasticache/subnetGroup:SubnetGroup", "aws:kms/alias:Alias", "aws:kms/key:Key",
                "kubernetes:apps/v1:Deployment", "kubernetes:core/v1:ConfigMap", "kubernetes:core/v1:Secret", "kubernetes:core/v1:Secret", "kubernetes:core/v1:Secret",
                "kubernetes:core/v1:Service", "kubernetes:networking.k8s.io/v1:NetworkPolicy", "kubernetes:policy/v1:PodDisruptionBudget",
            ],
            Children(Graph).Select(n => n.Type).Order(StringComparer.Ordinal));
        Assert.All(Children(Graph), n => Assert.StartsWith(Name + "-", n.Name, StringComparison.Ordinal));
    }

    [Fact]
    public void KubernetesObjects_AreInTheApiGatewayNamespace_WithTheTierLabel_OnTheClusterProvider()
    {
        var objects = Children(Graph).Where(n => n.Type.StartsWith("kubernetes:", StringComparison.Ordinal)).ToList();
        Assert.All(objects, n =>
        {
            Assert.Equal("cluster-k8s", n.Options.Provider);
            Assert.Equal("iris-api-gateway", (n.Input("metadata.namespace") as StringValue)?.Value);
            Assert.Contains("cluster-ns-api-gateway", n.Options.DependsOn);
            Assert.Equal(new StringValue(TierLabels.Value(Tier.ApiGateway)), Map(n.Input("metadata.labels"))[TierLabels.Key]);
        });
        Assert.Equal("api-gateway", Manifest<V1Deployment>(Node(Graph, "deployment")).Spec.Template.Metadata.Labels[TierLabels.Key]);
    }

    [Fact]
    public void KongYml_IsASecret_WithTheSecretsAsSecretValues_AndTheRedisEndpointAsAReference()
    {
        var secret = Node(Graph, "kong-yml");
        var kongYml = Map(secret.Input("stringData"))[KongObjectKeys.DeclarativeConfig];
        var parts = Assert.IsType<InterpolationValue>(kongYml).Parts;

        Assert.Equal("Opaque", (secret.Input("type") as StringValue)?.Value);
        Assert.Contains(new SecretValue(new StringValue("redis-token-1-abcdefgh")), parts);
        Assert.Contains(new OutputReference($"{Name}-redis", "primaryEndpointAddress"), parts);
        Assert.DoesNotContain(parts, p => p is StringValue s && s.Value.Contains("redis-token-1", StringComparison.Ordinal));
        var artifact = ProdBuild.Value.Outputs.Artifacts.Single(a => a.Path == ApiGatewayArtifacts.KongYmlPath);
        Assert.DoesNotContain("redis-token-1", artifact.Content, StringComparison.Ordinal);
        Assert.Contains($"host: \"${{{Name}-redis.primaryEndpointAddress}}\"", artifact.Content, StringComparison.Ordinal);
    }

    [Fact]
    public void KongConf_IsAConfigMap_WithTheWebGatewayCaBeside_AndNoSecret()
    {
        var data = Map(Node(Graph, "kong-conf").Input("data"));

        Assert.Equal(ProdBuild.Value.Outputs.Artifacts.Single(a => a.Path == ApiGatewayArtifacts.KongConfPath).Content, (data[KongObjectKeys.KongConf] as StringValue)?.Value);
        Assert.Equal(WebGatewayCa, data[KongObjectKeys.UpstreamCa]);
        Assert.False(data.ContainsSecret);
    }

    [Fact]
    public void Pod_RunsNonRootOnAReadOnlyRootFilesystem_WithNothingButItsPrefixAndTmpWritable()
    {
        var pod = PodSpec;
        var container = Assert.Single(pod.Containers);
        var context = container.SecurityContext;

        Assert.False(pod.AutomountServiceAccountToken);
        Assert.True(pod.SecurityContext.RunAsNonRoot);
        Assert.Equal("RuntimeDefault", pod.SecurityContext.SeccompProfile.Type);
        Assert.True(context.RunAsNonRoot);
        Assert.True(context.ReadOnlyRootFilesystem);
        Assert.False(context.AllowPrivilegeEscalation);
        Assert.False(context.Privileged);
        Assert.Equal(["ALL"], context.Capabilities.Drop);
        var writable = container.VolumeMounts.Where(m => m.ReadOnlyProperty != true).Select(m => m.MountPath).Order(StringComparer.Ordinal);
        Assert.Equal([ApiGatewayArtifacts.PrefixPath, "/tmp"], writable);
        Assert.All(pod.Volumes.Where(v => v.Name is "prefix" or "tmp"), v => Assert.NotNull(v.EmptyDir));
        Assert.Contains(container.Env, e => e.Name == "KONG_PREFIX" && e.Value == ApiGatewayArtifacts.PrefixPath);
        Assert.Equal(("500m", "512Mi", "2", "1Gi"), (container.Resources.Requests["cpu"].ToString(), container.Resources.Requests["memory"].ToString(), container.Resources.Limits["cpu"].ToString(), container.Resources.Limits["memory"].ToString()));
    }

    [Fact]
    public void Pod_MountsTheRenderedFilesWhereKongConfReadsThem_AndPullsWithTheRegistryLogin()
    {
        var pod = PodSpec;
        var mounts = Assert.Single(pod.Containers).VolumeMounts.ToDictionary(m => m.Name);

        Assert.Equal(Path.GetDirectoryName(ApiGatewayArtifacts.DeclarativeConfigMountPath), mounts["kong-yml"].MountPath);
        Assert.Equal("apigateway-kong-yml", pod.Volumes.Single(v => v.Name == "kong-yml").Secret.SecretName);
        Assert.Equal(("/etc/kong/kong.conf", "kong.conf"), (mounts["kong-conf"].MountPath, mounts["kong-conf"].SubPath));
        var ca = pod.Volumes.Single(v => v.Name == "upstream-ca").ConfigMap;
        Assert.Equal(ApiGatewayArtifacts.UpstreamCaPath, Path.Combine(mounts["upstream-ca"].MountPath, ca.Items.Single().Path));
        Assert.Equal("apigateway-pull-secret", Assert.Single(pod.ImagePullSecrets).Name);
        Assert.Equal(ApiGatewayWorkloadImage, Assert.Single(pod.Containers).Image);
        var pull = Node(Graph, "pull-secret");
        Assert.Equal("kubernetes.io/dockerconfigjson", (pull.Input("type") as StringValue)?.Value);
        Assert.IsType<SecretValue>(Map(pull.Input("stringData"))[".dockerconfigjson"]);
    }

    private const string ApiGatewayWorkloadImage = IrisStack.Components.ApiGateway.Workload.ApiGatewayWorkload.DefaultImage;

    [Fact]
    public void Licence_IrisUrlComesFromASecret_WithThePassword_AndTheCaAsIscCaCert()
    {
        var env = Assert.Single(PodSpec.Containers).Env.ToDictionary(e => e.Name);
        var url = Map(Node(Graph, "iam-license").Input("stringData"))[KongObjectKeys.IrisUrl];

        Assert.Equal(("apigateway-iam-license", "ISC_IRIS_URL"), (env["ISC_IRIS_URL"].ValueFrom.SecretKeyRef.Name, env["ISC_IRIS_URL"].ValueFrom.SecretKeyRef.Key));
        Assert.Null(env["ISC_IRIS_URL"].Value);
        var secret = Assert.IsType<SecretValue>(url);
        Assert.Equal(
            InterpolationValue.Of("IAM:", IamPassword, "@webgateway.iris-web-gateway.svc.cluster.local:443/api/iam/license"),
            secret.Inner);
        var container = (MapValue)((ListValue)Node(Graph, "deployment").Input("spec.template.spec.containers")!).Items.Single();
        var caCert = ((ListValue)container["env"]!).Items.Cast<MapValue>().Single(e => e["name"] == new StringValue("ISC_CA_CERT"));
        Assert.Equal(WebGatewayCa, caCert["value"]);
    }

    [Fact]
    public void Probes_UseTheStatusListener_WhichNoServiceExposes()
    {
        var container = Assert.Single(PodSpec.Containers);

        Assert.Equal(("/status", "status"), (container.ReadinessProbe.HttpGet.Path, container.ReadinessProbe.HttpGet.Port.Value));
        Assert.Equal(("/status", "status"), (container.LivenessProbe.HttpGet.Path, container.LivenessProbe.HttpGet.Port.Value));
        Assert.Contains(container.Ports, p => p.Name == "status" && p.ContainerPort == ApiGatewayArtifacts.StatusPort);
    }

    [Fact]
    public void Service_IsClusterIp_WithTheProxyPortOnly()
    {
        var service = Manifest<V1Service>(Node(Graph, "service"));
        var port = Assert.Single(service.Spec.Ports);

        Assert.Equal("ClusterIP", service.Spec.Type);
        Assert.Equal((8443, "proxy", "TCP"), (port.Port, port.TargetPort.Value, port.Protocol));
        Assert.Equal(TierLabels.Value(Tier.ApiGateway), service.Spec.Selector[TierLabels.Key]);
        var outputs = ProdBuild.Value.Outputs;
        Assert.Equal((service.Metadata.Name, service.Metadata.NamespaceProperty, 8443), (outputs.ProxyServiceName, outputs.Namespace, outputs.ProxyPort));
        Assert.Equal(Node(Graph, "service").Name, outputs.ProxyService.Name);
    }

    [Fact]
    public void Prod_ThreeReplicas_ABudget_AndNeverTwoOnOneNode()
    {
        var deployment = Manifest<V1Deployment>(Node(Graph, "deployment"));
        var anti = deployment.Spec.Template.Spec.Affinity.PodAntiAffinity;

        Assert.Equal(3, deployment.Spec.Replicas);
        Assert.Equal("kubernetes.io/hostname", Assert.Single(anti.RequiredDuringSchedulingIgnoredDuringExecution).TopologyKey);
        Assert.Equal("topology.kubernetes.io/zone", Assert.Single(anti.PreferredDuringSchedulingIgnoredDuringExecution).PodAffinityTerm.TopologyKey);
        Assert.Equal("2", Manifest<V1PodDisruptionBudget>(Node(Graph, "pdb")).Spec.MinAvailable.Value);
    }

    [Fact]
    public void Dev_OneReplica_NoBudget_PreferredSpread()
    {
        var (graph, _, _) = Build(Dev());
        var deployment = Manifest<V1Deployment>(Node(graph, "deployment"));

        Assert.Equal(1, deployment.Spec.Replicas);
        Assert.Null(deployment.Spec.Template.Spec.Affinity.PodAntiAffinity.RequiredDuringSchedulingIgnoredDuringExecution);
        Assert.Equal(2, deployment.Spec.Template.Spec.Affinity.PodAntiAffinity.PreferredDuringSchedulingIgnoredDuringExecution.Count);
        Assert.DoesNotContain(graph.ChildrenOf(Name), n => n.Type == "kubernetes:policy/v1:PodDisruptionBudget");
    }

    [Fact]
    public void RedisEgress_OnlyToThePrivateSubnets_OnTheRedisPort()
    {
        var policy = Manifest<V1NetworkPolicy>(Node(Graph, "redis-egress"));
        var rule = Assert.Single(policy.Spec.Egress);

        Assert.Equal(["Egress"], policy.Spec.PolicyTypes);
        Assert.Equal(TierLabels.Value(Tier.ApiGateway), policy.Spec.PodSelector.MatchLabels[TierLabels.Key]);
        Assert.Equal(ProdBuild.Value.Network.PrivateSubnets.Select(s => s.Cidr), rule.To.Select(p => p.IpBlock.Cidr));
        Assert.All(rule.To, p => Assert.Null(p.IpBlock.Except));
        Assert.Equal(("TCP", "6379"), (Assert.Single(rule.Ports).Protocol, rule.Ports[0].Port.Value));
    }

    [Fact]
    public void KubernetesObjects_RoundTripThroughTheOfficialModels_Strictly()
    {
        foreach (var node in Children(Graph).Where(KubernetesObjects.IsObject))
        {
            var artifact = KubernetesManifestRenderer.Render(node);
            object parsed = (node.Input("kind") as StringValue)?.Value switch
            {
                "Secret" => KubernetesYaml.Deserialize<V1Secret>(artifact.Content, true),
                "ConfigMap" => KubernetesYaml.Deserialize<V1ConfigMap>(artifact.Content, true),
                "Deployment" => KubernetesYaml.Deserialize<V1Deployment>(artifact.Content, true),
                "Service" => KubernetesYaml.Deserialize<V1Service>(artifact.Content, true),
                "PodDisruptionBudget" => KubernetesYaml.Deserialize<V1PodDisruptionBudget>(artifact.Content, true),
                "NetworkPolicy" => KubernetesYaml.Deserialize<V1NetworkPolicy>(artifact.Content, true),
                var other => throw new InvalidOperationException($"Unexpected kind {other}."),
            };
            Assert.NotNull(parsed);
        }
    }

    [Fact]
    public void EveryNode_ConformsToTheSchemaFacts()
    {
        var facts = SchemaFacts.Load(SchemaFacts.DefaultPath);
        foreach (var graph in new[] { Graph, Build(Dev()).Graph })
        {
            var violations = graph.ChildrenOf(Name).Append(graph[Name]).SelectMany(n => SchemaConformance.Check(n, facts, graph.Find)).ToList();
            Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
        }
    }

    [Fact]
    public void ThePolicies_PassOnTheLayersNodes()
    {
        var settings = IrisStack.Components.Config.PolicySettings.Read(Components.Config.ConfigReader.EmptySection("policies")) with { RequireProtection = true };

        var report = IrisStack.Policies.PolicyRunner.Run(IrisStack.Policies.PolicyPack.Default(), Graph, settings);

        var findings = report.Results.SelectMany(r => r.Violations.Select(v => (r.Policy.Id, v.Resource, v.Message)))
            .Where(f => f.Resource.StartsWith(Name, StringComparison.Ordinal)).ToList();
        Assert.True(findings.Count == 0, string.Join(Environment.NewLine, findings));
        Assert.Contains(report.Results, r => r.Policy.Id == "k8s-namespace-pod-security" && r.Status == IrisStack.Policies.PolicyStatus.Passed);
        Assert.Contains(report.Results, r => r.Policy.Id == "log-group-encrypted-with-cmk" && r.Status == IrisStack.Policies.PolicyStatus.Passed);
        Assert.Contains(report.Results, r => r.Policy.Id == "k8s-pull-secret-is-secret" && r.Status == IrisStack.Policies.PolicyStatus.Passed);
    }

    [Fact]
    public void ProxyPort_OtherThanTheTierChains_IsRefused() =>
        Assert.Throws<ArgumentException>(() => Build(ApiGatewaySections.Section(("proxyPort", 9443), ("redis", ApiGatewaySections.Json("""{"authToken": "redis-token-1-abcdefgh"}""")))));
}
