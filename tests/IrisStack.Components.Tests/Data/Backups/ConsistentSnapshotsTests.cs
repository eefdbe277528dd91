using System.Collections.Immutable;
using System.Text.Json.Nodes;
using IrisStack.Components.Aws;
using IrisStack.Components.Cluster;
using IrisStack.Components.Data;
using IrisStack.Components.Data.Backups;
using IrisStack.Components.Data.Pki;
using IrisStack.Components.Data.Security;
using IrisStack.Components.Graph;
using IrisStack.Components.Tests.Data.Cluster;
using IrisStack.Components.Tests.Schema;
using k8s.Models;

namespace IrisStack.Components.Tests.Data.Backups;

public sealed class ConsistentSnapshotsTests
{
    private const string Name = "data";

    private const string Issuer = "oidc.eks.eu-west-1.amazonaws.com/id/EXAMPLE";

    private const string Image = "registry.example.com/ops/kubectl-aws:1.31.4-2.22.0";

    private static readonly StackContext Context = new("iris-stack", "test", "eu-west-1", "123456789012", ImmutableSortedDictionary.Create<string, string>(StringComparer.Ordinal));

    private static readonly string[] ControlPlane = ["10.0.96.0/19", "10.0.128.0/19"];

    private static JsonObject Enabled(JsonObject? settings = null)
    {
        var section = new JsonObject { ["enabled"] = "true", ["image"] = Image };
        foreach (var (key, value) in settings ?? [])
        {
            section[key] = value?.DeepClone();
        }

        return new JsonObject { ["consistentSnapshots"] = section };
    }

    private static (ResourceGraph Graph, DataOutputs Outputs) Build(JsonObject? backups = null, bool mirrored = true)
    {
        var graph = new GraphBuilder("iris-stack", "test");
        var component = graph.Component(TypeTokens.Cluster, "cluster");
        var provider = graph.Provider("kubernetes", "cluster-k8s", MapValue.Empty, component.Name);
        var ns = graph.Resource("kubernetes:core/v1:Namespace", "cluster-ns-iris", MapValue.Of(("metadata", MapValue.Of(("name", "iris")))), component.Name, new ResourceOptions { Provider = provider.Name });
        var cluster = new ClusterOutputs(
            "iris-stack-test", provider.Name, new TierNamespaces("api-gateway", "web-gateway", "iris"),
            ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, [KeyValuePair.Create("iris", ns.Name)]),
            TierChain.Plan(TierPorts.Default, []), new SecretValue(new OutputReference("cluster-eks", "kubeconfigJson")),
            $"arn:aws:iam::123456789012:oidc-provider/{Issuer}", Issuer);
        var config = new DataConfig(IrisClusterSections.Read(new JsonObject { ["mirrored"] = mirrored ? "true" : "false" }), PkiConfig.Default, IrisSecurityConfig.Default,
            Iko.OperatorSections.Read(Iko.OperatorSections.Minimal()), BackupsSections.Read(BackupsSections.With(backups ?? Enabled())));
        var data = DataLayer.Build(graph, new ComponentScope(Name), Context, config, cluster,
            new DataPlacement("gp3-encrypted", DedicatedNodes: true) { ControlPlaneCidrs = [.. ControlPlane] }, "wg_login");
        return (graph.Build(), data);
    }

    private static string Json(Value value)
    {
        using var stream = new MemoryStream();
        using (var writer = new System.Text.Json.Utf8JsonWriter(stream))
        {
            ValueJson.Write(writer, value);
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    // A Kubernetes node as the official client model reads it (output references become their display text).
    private static T Model<T>(ResourceNode node) => k8s.KubernetesJson.Deserialize<T>(Json(MapValue.Of(node.Inputs.Entries.Select(e => (e.Key, (Value?)e.Value)))));

    private static JsonNode Policy(ResourceNode node) => JsonNode.Parse(node.Input("policy") switch
    {
        StringValue s => s.Value,
        InterpolationValue i => ValueText.Display(i),
        var other => throw new InvalidOperationException($"{node.Name}.policy is {other}, not JSON text."),
    })!;

    private static IReadOnlyList<ResourceNode> SnapshotNodes(ResourceGraph graph) =>
        [.. graph.ChildrenOf(Name).Where(n => n.Name.StartsWith("data-snapshots", StringComparison.Ordinal))];

    [Fact]
    public void Off_ByDefault_NoJobAndNoExecGrant()
    {
        var (graph, outputs) = Build(new JsonObject());
        Assert.Null(outputs.Backups.SnapshotJob);
        Assert.Empty(SnapshotNodes(graph));
        Assert.Empty(graph.OfType("kubernetes:rbac.authorization.k8s.io/v1:Role"));
    }

    [Fact]
    public void Enabled_WithoutAnImage_NamesTheKey()
    {
        var error = BackupsSections.Error(BackupsSections.With(new JsonObject { ["consistentSnapshots"] = new JsonObject { ["enabled"] = "true" } }));
        Assert.Contains("iris-stack:data.backups.consistentSnapshots.image: is required when consistent snapshots are enabled", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("image", "registry.example.com/ops/kubectl-aws", "consistentSnapshots.image")]
    [InlineData("schedule", "cron(0 2 * * ? *)", "consistentSnapshots.schedule: 'cron(0 2 * * ? *)' is not a five-field cron expression")]
    [InlineData("freezeTimeoutSeconds", "900", "consistentSnapshots.freezeTimeoutSeconds")]
    public void BadSetting_NamesTheKey(string key, string value, string expected)
    {
        var error = BackupsSections.Error(BackupsSections.With(Enabled(new JsonObject { [key] = value })));
        Assert.Contains($"iris-stack:data.backups.{expected}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CronJob_RoundTrips_HardenedAndPinned_OnItsSchedule()
    {
        var (graph, outputs) = Build(Enabled(new JsonObject { ["schedule"] = "15 1 * * *" }));
        var node = graph[outputs.Backups.SnapshotJob!.Name];
        var job = Model<V1CronJob>(node);
        Assert.Equal(("iris-snapshots", "iris", "15 1 * * *", "Forbid", "Etc/UTC"), (job.Metadata.Name, job.Metadata.NamespaceProperty, job.Spec.Schedule, job.Spec.ConcurrencyPolicy, job.Spec.TimeZone));
        Assert.Equal(0, job.Spec.JobTemplate.Spec.BackoffLimit);
        var pod = job.Spec.JobTemplate.Spec.Template.Spec;
        Assert.Equal(("iris-snapshots", "Never"), (pod.ServiceAccountName, pod.RestartPolicy));
        Assert.Equal((true, 65532L, "RuntimeDefault"), (pod.SecurityContext.RunAsNonRoot, pod.SecurityContext.RunAsUser, pod.SecurityContext.SeccompProfile.Type));
        var container = Assert.Single(pod.Containers);
        Assert.Equal(Image, container.Image);
        Assert.Equal(["/bin/sh", ConsistentSnapshots.ScriptPath], container.Command);
        Assert.Equal((false, true, true), (container.SecurityContext.AllowPrivilegeEscalation, container.SecurityContext.ReadOnlyRootFilesystem, container.SecurityContext.RunAsNonRoot));
        Assert.Equal(["ALL"], container.SecurityContext.Capabilities.Drop);
        Assert.NotNull(container.Resources.Limits["memory"]);
        Assert.Contains(container.Env, e => e.Name == "AWS_REGION" && e.Value == "eu-west-1");
        Assert.Contains(container.VolumeMounts, m => m.MountPath == "/scripts" && m.ReadOnlyProperty == true);
        Assert.Equal("iris-snapshots", Assert.Single(pod.Volumes, v => v.ConfigMap is not null).ConfigMap.Name);
    }

    [Fact]
    public void ExecRole_AllowsOnlyTheDataPodsByName()
    {
        var (graph, outputs) = Build();
        var role = Model<V1Role>(Assert.Single(graph.OfType("kubernetes:rbac.authorization.k8s.io/v1:Role")));
        Assert.All(role.Rules, r => Assert.Equal(outputs.Names.DataPods.AsEnumerable(), r.ResourceNames));
        Assert.All(role.Rules, r => Assert.Equal([string.Empty], r.ApiGroups));
        Assert.Equal(["pods/exec:create", "pods/exec:get", "pods:get"], role.Rules.SelectMany(r => r.Resources.SelectMany(res => r.Verbs.Select(v => $"{res}:{v}"))).Order(StringComparer.Ordinal));
        Assert.Equal(["iris-data-0-0", "iris-data-0-1"], outputs.Names.DataPods.AsEnumerable());

        var binding = Model<V1RoleBinding>(Assert.Single(graph.OfType("kubernetes:rbac.authorization.k8s.io/v1:RoleBinding")));
        Assert.Equal(("Role", "iris-snapshots"), (binding.RoleRef.Kind, binding.RoleRef.Name));
        var subject = Assert.Single(binding.Subjects);
        Assert.Equal(("ServiceAccount", "iris-snapshots", "iris"), (subject.Kind, subject.Name, subject.NamespaceProperty));
    }

    [Fact]
    public void IrsaRole_TrustsOnlyTheJobsServiceAccount_AndSnapshotsOnlyTaggedVolumes()
    {
        var (graph, _) = Build();
        var role = graph["data-snapshots-role"];
        var trust = JsonNode.Parse(ValueText.Display(role.Input("assumeRolePolicy")) ?? "{}")!["Statement"]![0]!;
        Assert.Equal("system:serviceaccount:iris:iris-snapshots", (string?)trust["Condition"]!["StringEquals"]![$"{Issuer}:sub"]);
        var account = Assert.Single(graph.OfType("kubernetes:core/v1:ServiceAccount"), a => (a.Input("metadata.name") as StringValue)?.Value == "iris-snapshots");
        Assert.Equal(new OutputReference(role.Name, "arn"), ((MapValue)account.Input("metadata.annotations")!)["eks.amazonaws.com/role-arn"]);

        var statements = Policy(graph["data-snapshots-policy"])["Statement"]!.AsArray().Select(s => s!).ToList();
        JsonNode Sid(string sid) => statements.Single(s => (string?)s["Sid"] == sid);
        Assert.Equal("iris-stack-test", (string?)Sid("SnapshotTheBackedUpVolumes")["Condition"]!["StringEquals"]!["aws:ResourceTag/iris-stack:backup"]);
        Assert.Equal("arn:aws:ec2:eu-west-1:123456789012:volume/*", (string?)Sid("SnapshotTheBackedUpVolumes")["Resource"]);
        Assert.Equal("iris-stack-test", (string?)Sid("CreateOnlyTaggedSnapshots")["Condition"]!["StringEquals"]!["aws:RequestTag/iris-stack:consistent-snapshot"]);
        Assert.Equal("CreateSnapshot", (string?)Sid("TagOnlyOnCreate")["Condition"]!["StringEquals"]!["ec2:CreateAction"]);
        Assert.Equal("iris-stack-test", (string?)Sid("ExpireOnlyThisJobsSnapshots")["Condition"]!["StringEquals"]!["aws:ResourceTag/iris-stack:consistent-snapshot"]);
        // Only the describe calls, which take no resource-level permission, have every resource.
        var everywhere = statements.Where(s => (string?)s["Resource"] == "*").ToList();
        Assert.Equal(["ec2:DescribeSnapshots", "ec2:DescribeVolumes"], Assert.Single(everywhere)["Action"]!.AsArray().Select(a => (string?)a).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Egress_OnlyHttpsToTheApiAndPublicAddresses_ForTheJobsPods()
    {
        var (graph, outputs) = Build();
        var policy = Model<V1NetworkPolicy>(graph["data-snapshots-egress"]);
        var job = Model<V1CronJob>(graph[outputs.Backups.SnapshotJob!.Name]);
        Assert.All(policy.Spec.PodSelector.MatchLabels, l => Assert.Equal(l.Value, job.Spec.JobTemplate.Spec.Template.Metadata.Labels[l.Key]));
        Assert.Equal(["Egress"], policy.Spec.PolicyTypes);
        Assert.All(policy.Spec.Egress, r => Assert.Equal(("TCP", "443"), (Assert.Single(r.Ports).Protocol, Assert.Single(r.Ports).Port.Value)));
        Assert.Equal(ControlPlane, policy.Spec.Egress[0].To.Select(p => p.IpBlock.Cidr));
        var world = Assert.Single(policy.Spec.Egress[1].To).IpBlock;
        Assert.Equal("0.0.0.0/0", world.Cidr);
        Assert.Equal(["10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16"], world.Except);
    }

    [Fact]
    public void Script_FreezesEachDataPodInTurn_WithTheConfiguredTimeout()
    {
        var (graph, _) = Build(Enabled(new JsonObject { ["freezeTimeoutSeconds"] = "90" }));
        var script = (((MapValue)graph["data-snapshots-script"].Input("data")!)["consistent-snapshot.sh"] as StringValue)!.Value;
        Assert.Contains("snapshot_pod 'iris-data-0-0'\nsnapshot_pod 'iris-data-0-1'\n", script, StringComparison.Ordinal);
        Assert.Contains("iris freeze IRIS timeout=90", script, StringComparison.Ordinal);
        Assert.Contains("-ge 80 ]", script, StringComparison.Ordinal);
    }

    [Fact]
    public void EverySnapshotNode_ConformsToTheSchemaFacts()
    {
        var facts = SchemaFacts.Load(SchemaFacts.DefaultPath);
        var (graph, _) = Build();
        var nodes = SnapshotNodes(graph);
        Assert.Equal(9, nodes.Count);
        var violations = nodes.SelectMany(n => SchemaConformance.Check(n, facts, graph.Find)).ToList();
        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
    }

    [Fact]
    public void TheLayersGraph_WithTheJob_PassesThePack()
    {
        var (graph, _) = Build();
        var settings = Components.Config.PolicySettings.Read(Components.Config.ConfigReader.EmptySection("policies"));
        var report = IrisStack.Policies.PolicyRunner.Run(IrisStack.Policies.PolicyPack.Default(), graph, settings);
        // The fixture's bare namespace stands in for the cluster layer's, whose NetworkPolicies it lacks.
        var findings = report.Results.SelectMany(r => r.Violations.Select(v => (r.Policy.Id, v.Resource, v.Message))).Where(f => f.Resource != "cluster-ns-iris").ToList();
        Assert.True(findings.Count == 0, string.Join(Environment.NewLine, findings));
        Assert.All(report.Results.Where(r => r.Policy.Id is "k8s-cronjob-pods-hardened" or "k8s-exec-granted-by-name"),
            r => Assert.Equal(IrisStack.Policies.PolicyStatus.Passed, r.Status));
    }
}
