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

namespace IrisStack.Components.Tests.Data.Backups;

public sealed class IrisBackupsTests
{
    private const string Name = "data";

    private const string Issuer = "oidc.eks.eu-west-1.amazonaws.com/id/EXAMPLE";

    private static readonly StackContext Context = new("iris-stack", "test", "eu-west-1", "123456789012", ImmutableSortedDictionary.Create<string, string>(StringComparer.Ordinal));

    private static (ResourceGraph Graph, DataOutputs Outputs) Build(JsonObject? backups = null, bool protect = false)
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
        var config = new DataConfig(IrisClusterSections.Read([]), PkiConfig.Default, IrisSecurityConfig.Default, Iko.OperatorSections.Read(Iko.OperatorSections.Minimal()), BackupsSections.Read(BackupsSections.With(backups)));
        var data = DataLayer.Build(graph, new ComponentScope(Name), Context with { ProtectStatefulResources = protect }, config, cluster,
            new DataPlacement("gp3-encrypted", DedicatedNodes: true) { ControlPlaneCidrs = ["10.0.96.0/19"] }, "wg_login");
        return (graph.Build(), data);
    }

    private static JsonNode Json(ResourceNode node, string input) => JsonNode.Parse(node.Input(input) switch
    {
        StringValue s => s.Value,
        InterpolationValue i => ValueText.Display(i),
        var other => throw new InvalidOperationException($"{node.Name}.{input} is {other}, not JSON text."),
    })!;

    private static IEnumerable<ResourceNode> Buckets(ResourceGraph graph) => graph.OfType("aws:s3/bucket:Bucket");

    private static ResourceNode SettingOf(ResourceGraph graph, string type, ResourceNode bucket) =>
        Assert.Single(graph.OfType(type), n => n.Input("bucket") is OutputReference r && r.Node == bucket.Name);

    [Fact]
    public void Vault_IsEncryptedWithItsOwnRotatedKey()
    {
        var (graph, outputs) = Build();
        var vault = Assert.Single(graph.OfType("aws:backup/vault:Vault"));
        Assert.Equal(outputs.Backups.Vault.Name, vault.Name);
        var key = graph[Assert.IsType<OutputReference>(vault.Input("kmsKeyArn")).Node];
        Assert.Equal(("aws:kms/key:Key", true), (key.Type, (key.Input("enableKeyRotation") as BoolValue)?.Value));
        Assert.NotEqual(key.Name, graph[Assert.IsType<OutputReference>(((MapValue)((ListValue)graph["data-exports-encryption"].Input("rules")!).Items[0])["applyServerSideEncryptionByDefault"] is MapValue m ? m["kmsMasterKeyId"] : null).Node].Name);
        Assert.Equal(false, (vault.Input("forceDestroy") as BoolValue)?.Value);
    }

    [Fact]
    public void VaultPolicy_DeniesEveryoneButTheBreakGlassRole_TheDestructiveActions()
    {
        var (graph, _) = Build();
        var policy = Assert.Single(graph.OfType("aws:backup/vaultPolicy:VaultPolicy"));
        Assert.Equal(new OutputReference("data-backup-vault", "name"), policy.Input("backupVaultName"));
        var statement = Assert.Single(Json(policy, "policy")["Statement"]!.AsArray())!;
        Assert.Equal(("Deny", "*", "*"), ((string?)statement["Effect"], (string?)statement["Principal"], (string?)statement["Resource"]));
        Assert.Equal(
            ["backup:DeleteBackupVault", "backup:DeleteBackupVaultAccessPolicy", "backup:DeleteBackupVaultLockConfiguration", "backup:DeleteRecoveryPoint",
                "backup:PutBackupVaultAccessPolicy", "backup:PutBackupVaultLockConfiguration", "backup:UpdateRecoveryPointLifecycle"],
            statement["Action"]!.AsArray().Select(a => (string?)a).Order(StringComparer.Ordinal));
        Assert.Equal(BackupsSections.BreakGlass, (string?)statement["Condition"]!["ArnNotEquals"]!["aws:PrincipalArn"]);
    }

    [Fact]
    public void VaultPolicy_WithoutABreakGlassRole_ExceptsTheAccountsRootUserAlone()
    {
        var (graph, _) = Build(new JsonObject { ["breakGlassRoleArn"] = string.Empty });
        var statement = Assert.Single(Json(Assert.Single(graph.OfType("aws:backup/vaultPolicy:VaultPolicy")), "policy")["Statement"]!.AsArray())!;

        Assert.Equal($"arn:aws:iam::{Context.AccountId}:root", (string?)statement["Condition"]!["ArnNotEquals"]!["aws:PrincipalArn"]);
    }

    [Fact]
    public void VaultLock_OnlyWhenAsked_BeforeTheGuard_InComplianceModeWithAGraceTime()
    {
        Assert.Empty(Build().Graph.OfType("aws:backup/vaultLockConfiguration:VaultLockConfiguration"));
        var (graph, _) = Build(new JsonObject { ["vaultLock"] = new JsonObject { ["enabled"] = "true", ["minRetentionDays"] = "30", ["changeableForDays"] = "3" } });
        var vaultLock = Assert.Single(graph.OfType("aws:backup/vaultLockConfiguration:VaultLockConfiguration"));
        Assert.Equal((new OutputReference("data-backup-vault", "name"), 30.0, 3650.0, 3.0), (vaultLock.Input("backupVaultName"),
            (vaultLock.Input("minRetentionDays") as NumberValue)?.Value, (vaultLock.Input("maxRetentionDays") as NumberValue)?.Value, (vaultLock.Input("changeableForDays") as NumberValue)?.Value));
        Assert.Contains(vaultLock.Name, graph["data-backup-vault-policy"].Options.DependsOn);
        var (governance, _) = Build(new JsonObject { ["vaultLock"] = new JsonObject { ["enabled"] = "true" } });
        Assert.Null(Assert.Single(governance.OfType("aws:backup/vaultLockConfiguration:VaultLockConfiguration")).Input("changeableForDays"));
    }

    [Fact]
    public void Plan_SchedulesIntoTheVault_WithTheConfiguredRetention()
    {
        var (graph, _) = Build(new JsonObject { ["schedule"] = "cron(0 2 ? * SUN *)", ["retentionDays"] = "120", ["coldStorageAfterDays"] = "14" });
        var rule = Assert.IsType<MapValue>(Assert.Single(((ListValue)Assert.Single(graph.OfType("aws:backup/plan:Plan")).Input("rules")!).Items));
        Assert.Equal(new OutputReference("data-backup-vault", "name"), rule["targetVaultName"]);
        Assert.Equal("cron(0 2 ? * SUN *)", (rule["schedule"] as StringValue)?.Value);
        var lifecycle = Assert.IsType<MapValue>(rule["lifecycle"]);
        Assert.Equal((120.0, 14.0), ((lifecycle["deleteAfter"] as NumberValue)?.Value, (lifecycle["coldStorageAfter"] as NumberValue)?.Value));
    }

    [Fact]
    public void Selection_PicksTheStorageClassTag_AsTheBackupRoleWithTheManagedPolicies()
    {
        var (graph, _) = Build();
        var selection = Assert.Single(graph.OfType("aws:backup/selection:Selection"));
        var tag = Assert.IsType<MapValue>(Assert.Single(((ListValue)selection.Input("selectionTags")!).Items));
        Assert.Equal(("STRINGEQUALS", BackupSelectionTag.Key, "iris-stack-test"), ((tag["type"] as StringValue)?.Value, (tag["key"] as StringValue)?.Value, (tag["value"] as StringValue)?.Value));
        Assert.Equal("iris-stack:backup=iris-stack-test", BackupSelectionTag.StorageClassParameter(Context).Value);

        var role = graph[Assert.IsType<OutputReference>(selection.Input("iamRoleArn")).Node];
        Assert.Equal("backup.amazonaws.com", (string?)Json(role, "assumeRolePolicy")["Statement"]![0]!["Principal"]!["Service"]);
        var attachments = graph.OfType("aws:iam/rolePolicyAttachment:RolePolicyAttachment").Where(a => a.Input("role") is OutputReference r && r.Node == role.Name).ToList();
        Assert.Equal(
            ["arn:aws:iam::aws:policy/service-role/AWSBackupServiceRolePolicyForBackup", "arn:aws:iam::aws:policy/service-role/AWSBackupServiceRolePolicyForRestores"],
            attachments.Select(a => (a.Input("policyArn") as StringValue)?.Value).Order(StringComparer.Ordinal));
        Assert.Equal(attachments.Select(a => a.Name).Order(StringComparer.Ordinal), selection.Options.DependsOn.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Buckets_EachHardened_ExportsWithTheCmkAndBucketKey_LogsWithSseS3()
    {
        var (graph, outputs) = Build();
        var buckets = Buckets(graph).ToList();
        Assert.Equal(["data-exports", "data-exports-access-logs"], buckets.Select(b => b.Name).Order(StringComparer.Ordinal));
        foreach (var bucket in buckets)
        {
            Assert.Equal(false, (bucket.Input("forceDestroy") as BoolValue)?.Value);
            var block = SettingOf(graph, "aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock", bucket);
            Assert.All(["blockPublicAcls", "blockPublicPolicy", "ignorePublicAcls", "restrictPublicBuckets"], k => Assert.Equal(true, (block.Input(k) as BoolValue)?.Value));
            Assert.Equal("BucketOwnerEnforced", (SettingOf(graph, "aws:s3/bucketOwnershipControls:BucketOwnershipControls", bucket).Input("rule.objectOwnership") as StringValue)?.Value);
            Assert.Equal("Enabled", (SettingOf(graph, "aws:s3/bucketVersioning:BucketVersioning", bucket).Input("versioningConfiguration.status") as StringValue)?.Value);
            var tls = Json(SettingOf(graph, "aws:s3/bucketPolicy:BucketPolicy", bucket), "policy")["Statement"]![0]!;
            Assert.Equal(("Deny", "s3:*", "false"), ((string?)tls["Effect"], (string?)tls["Action"], (string?)tls["Condition"]!["Bool"]!["aws:SecureTransport"]));
            var rules = ((ListValue)SettingOf(graph, "aws:s3/bucketLifecycleConfiguration:BucketLifecycleConfiguration", bucket).Input("rules")!).Items.Cast<MapValue>().ToList();
            Assert.Contains(rules, r => r["noncurrentVersionExpiration"] is MapValue);
        }

        var exports = graph[outputs.Backups.ExportBucket.Name];
        var sse = Assert.IsType<MapValue>(Assert.Single(((ListValue)SettingOf(graph, "aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration", exports).Input("rules")!).Items));
        Assert.Equal(("aws:kms", true), ((sse["applyServerSideEncryptionByDefault"] as MapValue)?["sseAlgorithm"] is StringValue { Value: var a } ? a : null, (sse["bucketKeyEnabled"] as BoolValue)?.Value));
        Assert.Equal("aws:kms/key:Key", graph[Assert.IsType<OutputReference>(((MapValue)sse["applyServerSideEncryptionByDefault"]!)["kmsMasterKeyId"]).Node].Type);
        var logs = graph["data-exports-access-logs"];
        Assert.Equal("AES256", (Assert.IsType<MapValue>(Assert.Single(((ListValue)SettingOf(graph, "aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration", logs).Input("rules")!).Items))["applyServerSideEncryptionByDefault"] as MapValue)?["sseAlgorithm"] is StringValue { Value: var l } ? l : null);
    }

    [Fact]
    public void Exports_LogToTheLogBucket_WhichAcceptsOnlyTheirLogs_AndLogsNowhere()
    {
        var (graph, _) = Build();
        var logging = Assert.Single(graph.OfType("aws:s3/bucketLogging:BucketLogging"));
        Assert.Equal((new OutputReference("data-exports", "bucket"), new OutputReference("data-exports-access-logs", "bucket"), "data-exports/"),
            (logging.Input("bucket"), logging.Input("targetBucket"), (logging.Input("targetPrefix") as StringValue)?.Value));
        var delivery = Json(SettingOf(graph, "aws:s3/bucketPolicy:BucketPolicy", graph["data-exports-access-logs"]), "policy")["Statement"]![1]!;
        Assert.Equal(("Allow", "logging.s3.amazonaws.com", "s3:PutObject", "${data-exports-access-logs.arn}/data-exports/*"),
            ((string?)delivery["Effect"], (string?)delivery["Principal"]!["Service"], (string?)delivery["Action"], (string?)delivery["Resource"]));
        Assert.Equal(("${data-exports.arn}", "123456789012"), ((string?)delivery["Condition"]!["ArnLike"]!["aws:SourceArn"], (string?)delivery["Condition"]!["StringEquals"]!["aws:SourceAccount"]));
    }

    [Fact]
    public void ObjectLock_OnTheExportsOnly_AndOffWhenTheStackSaysSo()
    {
        var (graph, _) = Build(new JsonObject { ["exportBucket"] = new JsonObject { ["objectLock"] = new JsonObject { ["mode"] = "compliance" } } });
        var locked = Assert.Single(graph.OfType("aws:s3/bucketObjectLockConfiguration:BucketObjectLockConfiguration"));
        Assert.Equal((new OutputReference("data-exports", "bucket"), "COMPLIANCE", 30.0),
            (locked.Input("bucket"), (locked.Input("rule.defaultRetention.mode") as StringValue)?.Value, (locked.Input("rule.defaultRetention.days") as NumberValue)?.Value));
        Assert.Contains("data-exports-versioning", locked.Options.DependsOn);

        var (unlocked, _) = Build(new JsonObject { ["exportBucket"] = new JsonObject { ["objectLock"] = new JsonObject { ["enabled"] = "false" } } });
        Assert.Empty(unlocked.OfType("aws:s3/bucketObjectLockConfiguration:BucketObjectLockConfiguration"));
    }

    [Fact]
    public void StatefulResources_AreProtected_WhenTheStackProtectsThem()
    {
        var (graph, _) = Build(protect: true);
        Assert.All(graph.Nodes.Where(n => n.Type is "aws:backup/vault:Vault" or "aws:s3/bucket:Bucket" or "aws:kms/key:Key"), n => Assert.True(n.Options.Protect, n.Name));
        var (throwAway, _) = Build();
        Assert.All(throwAway.Nodes.Where(n => n.Type is "aws:backup/vault:Vault" or "aws:s3/bucket:Bucket"), n => Assert.False(n.Options.Protect, n.Name));
    }

    [Fact]
    public void ExportRole_OnlyTheIrisServiceAccount_OnlyItsPrefixAndKey()
    {
        var (graph, outputs) = Build();
        var role = graph[outputs.Backups.ExportRole.Name];
        var trust = Json(role, "assumeRolePolicy")["Statement"]![0]!;
        Assert.Equal("system:serviceaccount:iris:iris-exports", (string?)trust["Condition"]!["StringEquals"]![$"{Issuer}:sub"]);

        var attachment = Assert.Single(graph.OfType("aws:iam/rolePolicyAttachment:RolePolicyAttachment"), a => a.Input("role") is OutputReference r && r.Node == role.Name);
        var policy = graph[Assert.IsType<OutputReference>(attachment.Input("policyArn")).Node];
        var statements = Json(policy, "policy")["Statement"]!.AsArray().ToDictionary(s => (string)s!["Sid"]!, s => s!, StringComparer.Ordinal);
        Assert.Equal(("${data-exports.arn}", "iris/*"), ((string?)statements["ListThePrefix"]["Resource"], (string?)statements["ListThePrefix"]["Condition"]!["StringLike"]!["s3:prefix"]));
        Assert.Equal("${data-exports.arn}/iris/*", (string?)statements["ReadAndWriteThePrefix"]["Resource"]);
        Assert.Equal("${data-exports-key.arn}", (string?)statements["UseTheBucketKey"]["Resource"]);
        Assert.Equal("iris/", outputs.Backups.ExportPrefix);
    }

    [Fact]
    public void ServiceAccount_InTheIrisNamespace_AnnotatedWithTheRole_WithoutAnApiTokenUnlessAsked()
    {
        var (graph, outputs) = Build();
        var account = Assert.Single(graph.OfType("kubernetes:core/v1:ServiceAccount"));
        Assert.Equal(("iris-exports", "iris", "iris-exports"), ((account.Input("metadata.name") as StringValue)?.Value, (account.Input("metadata.namespace") as StringValue)?.Value, outputs.Backups.ServiceAccountName));
        Assert.Equal(new OutputReference(outputs.Backups.ExportRole.Name, "arn"), ((MapValue)account.Input("metadata.annotations")!)[ExportAccess.RoleAnnotation]);
        Assert.Equal(false, (account.Input("automountServiceAccountToken") as BoolValue)?.Value);
        var (mounting, _) = Build(new JsonObject { ["exportBucket"] = new JsonObject { ["mountApiToken"] = "true" } });
        Assert.Equal(true, (Assert.Single(mounting.OfType("kubernetes:core/v1:ServiceAccount")).Input("automountServiceAccountToken") as BoolValue)?.Value);
        Assert.Contains("cluster-ns-iris", account.Options.DependsOn);
        Assert.Equal("cluster-k8s", account.Options.Provider);
    }

    [Fact]
    public void EveryBackupNode_ConformsToTheSchemaFacts()
    {
        var facts = SchemaFacts.Load(SchemaFacts.DefaultPath);
        var (graph, _) = Build();
        var backups = graph.ChildrenOf(Name).Where(n => n.Name.StartsWith("data-backup-", StringComparison.Ordinal) || n.Name.StartsWith("data-exports", StringComparison.Ordinal)).ToList();
        Assert.Equal(31, backups.Count);
        var violations = backups.SelectMany(n => SchemaConformance.Check(n, facts, graph.Find)).ToList();
        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
    }

    [Fact]
    public void TheLayersGraph_PassesThePack()
    {
        var (graph, _) = Build(protect: true);
        var settings = Components.Config.PolicySettings.Read(Components.Config.ConfigReader.EmptySection("policies"));
        var report = IrisStack.Policies.PolicyRunner.Run(IrisStack.Policies.PolicyPack.Default(), graph, settings);
        var examined = report.Results.Where(r => r.Policy.Layer == "data" || r.Policy.Id is "kms-key-rotation-enabled" or "kms-key-policy-restricted").ToList();
        // The fixture's bare namespace stands in for the cluster layer's, whose NetworkPolicies it lacks.
        var findings = report.Results.SelectMany(r => r.Violations.Select(v => (r.Policy.Id, v.Resource, v.Message))).Where(f => f.Resource != "cluster-ns-iris").ToList();
        Assert.True(findings.Count == 0, string.Join(Environment.NewLine, findings));
        Assert.Contains(examined, r => r.Policy.Id == "backup-vault-deletion-guarded" && r.Status == IrisStack.Policies.PolicyStatus.Passed);
    }
}
