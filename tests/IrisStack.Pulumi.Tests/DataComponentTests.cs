using Pulumi;
using Pulumi.Testing;
using Pulumi.Utilities;

namespace IrisStack.Pulumi.Tests;

/// <summary>The data component alone in a cluster of the user's, and composed from C# on an IrisStack Cluster.</summary>
public sealed class DataComponentTests
{
    private const string IrisClusterType = "kubernetes:intersystems.com/v1alpha1:IrisCluster";

    private static readonly TestOptions Options = new() { ProjectName = "platform", StackName = "test", IsPreview = false };

    // The accounts the default security settings create: the named admin, the gateway's account, and the predefined accounts' hash.
    private static readonly string[] DefaultAccounts = ["irisadmin", "predefined", "wg_login"];

    private static RecordingMocks Mocks() => new(_ => ["arn", "keyId", "allocationId", "name", "kubeconfigJson", "oidcProviderArn", "oidcIssuer", "latestVersion", "certPem", "privateKeyPem", "certRequestPem", "result"]);

    private static Dictionary<string, Input<string>> Hashes(params string[] accounts) =>
        accounts.ToDictionary(a => a, a => (Input<string>)Output.CreateSecret($"hash-of-{a},salt,10000,SHA512"), StringComparer.Ordinal);

    private static DataOperatorArgs RegistryLogin() => new()
    {
        Registry = new DataOperatorRegistryArgs { Username = Output.CreateSecret("registry-user"), Password = Output.CreateSecret("registry-token") },
    };

    private static DataArgs Args(DataSecurityArgs? security = null) => new()
    {
        Region = "eu-west-1",
        AccountId = "123456789012",
        Platform = new DataPlatformArgs
        {
            Namespace = "db",
            Zones = ["eu-west-1a", "eu-west-1b", "eu-west-1c"],
            ControlPlaneCidrs = ["10.0.0.0/19", "10.0.64.0/19", "10.0.128.0/19"],
            OidcProviderArn = "arn:aws:iam::123456789012:oidc-provider/oidc.eks.eu-west-1.amazonaws.com/id/THEIRS",
            OidcIssuer = "oidc.eks.eu-west-1.amazonaws.com/id/THEIRS",
        },
        Security = security ?? new DataSecurityArgs { PasswordHashes = Hashes(DefaultAccounts) },
        Operator = RegistryLogin(),
    };

    private static ComponentResourceOptions WithProvider(ProviderResource provider, RecordedOptions recorded) =>
        new() { Providers = [provider], ResourceTransformations = { recorded.Record } };

    private static IDictionary<string, object> Map(object value) => (IDictionary<string, object>)value;

    [Fact]
    public async Task Data_InAnExistingCluster_RegistersTheIrisClusterItsConfigAndTls_UnderTheComponent()
    {
        var mocks = Mocks();
        var recorded = new RecordedOptions();
        await Deployment.TestAsync(mocks, Options, () =>
        {
            var provider = new ProviderResource("kubernetes", "theirs", ResourceArgs.Empty, new CustomResourceOptions());
            var args = Args();
            args.Cluster = new IrisClusterArgs { LicenseKey = Output.CreateSecret("[ConfigFile]") };
            _ = new Data("db", args, WithProvider(provider, recorded));
        });

        Assert.Equal(Data.TypeToken, mocks.Registered["db"].Type);
        Assert.Equal(IrisClusterType, mocks.Registered["db-iris-cluster"].Type);
        Assert.Equal("kubernetes:core/v1:ConfigMap", mocks.Registered["db-cpf"].Type);
        Assert.Equal(["db-license", "db-operator-pull-secret", "db-pull-secret", "db-tls-mirror-secret", "db-tls-superserver-secret"],
            mocks.Registered.Where(r => r.Value.Type == "kubernetes:core/v1:Secret").Select(r => r.Key).Order(StringComparer.Ordinal));
        Assert.Contains(mocks.Registered, r => r.Key == "db-tls-ca-cert" && r.Value.Type == "tls:index/selfSignedCert:SelfSignedCert");
        var kubernetes = mocks.Registered.Values.Where(r => r.Type!.StartsWith("kubernetes:", StringComparison.Ordinal)).ToList();
        // IRIS's objects go in the platform's namespace, the operator's in its own.
        var namespaced = kubernetes.Where(r => r.Inputs.TryGetValue("metadata", out var m) && Map(m).ContainsKey("namespace")).ToList();
        Assert.All(namespaced, r => Assert.Contains(Map(r.Inputs["metadata"])["namespace"], (object[])["db", "iris-operator"]));
        Assert.All(["db-iris-cluster", "db-cpf", "db-license", "db-pull-secret", "db-tls-superserver-secret"], n => Assert.Equal("db", Map(mocks.Registered[n].Inputs["metadata"])["namespace"]));
        Assert.All(kubernetes, r => Assert.Equal("theirs", ProviderName(r.Provider)));
        Assert.All(recorded.ByName.Where(r => r.Key != "db"), r => Assert.Equal("db", r.Value.Options.Parent?.GetResourceName()));
        var license = RecordedOptions.ArgsOf(recorded.ByName["db-license"].Args)["stringData"];
        Assert.True(await Output.IsSecretAsync(Assert.IsType<Output<object?>>(license, exactMatch: false)));
    }

    [Fact]
    public async Task Data_WithEveryHashAsASecret_PutsThemInTheMergeFiles_AndTheConfigMapDataIsSecret()
    {
        var mocks = Mocks();
        var recorded = new RecordedOptions();
        await Deployment.TestAsync(mocks, Options, () =>
        {
            var provider = new ProviderResource("kubernetes", "theirs", ResourceArgs.Empty, new CustomResourceOptions());
            _ = new Data("db", Args(), WithProvider(provider, recorded));
        });

        var data = Map(mocks.Registered["db-cpf"].Inputs["data"]);
        var merged = string.Concat(data.Values.Cast<string>());
        Assert.All(DefaultAccounts, a => Assert.Contains($"hash-of-{a},salt,10000,SHA512", merged, StringComparison.Ordinal));
        var given = (IDictionary<string, object?>)RecordedOptions.ArgsOf(recorded.ByName["db-cpf"].Args)["data"]!;
        var hashed = data.Where(e => ((string)e.Value).Contains("hash-of-", StringComparison.Ordinal)).Select(e => e.Key).ToList();
        Assert.Contains("common.cpf", hashed);
        foreach (var file in hashed)
        {
            Assert.True(await Output.IsSecretAsync(Assert.IsType<Output<object?>>(given[file], exactMatch: false)), $"{file} is registered in plain text.");
        }
    }

    [Fact]
    public async Task Data_MissingPasswordHashes_FailNamingEachAndHowToMakeOne_AndRegisterNothing()
    {
        var mocks = Mocks();
        var error = await Assert.ThrowsAnyAsync<Exception>(() => Deployment.TestAsync(mocks, Options, () =>
        {
            var provider = new ProviderResource("kubernetes", "theirs", ResourceArgs.Empty, new CustomResourceOptions());
            _ = new Data("db", Args(new DataSecurityArgs { PasswordHashes = Hashes("irisadmin") }), new ComponentResourceOptions { Providers = [provider] });
        }));

        Assert.Contains("DataArgs.security.passwordHashes.predefined", error.Message, StringComparison.Ordinal);
        Assert.Contains("DataArgs.security.passwordHashes.wg_login", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("passwordHashes.irisadmin", error.Message, StringComparison.Ordinal);
        Assert.Contains("containers.intersystems.com/intersystems/passwordhash", error.Message, StringComparison.Ordinal);
        Assert.Equal(["theirs"], mocks.Registered.Keys);
    }

    [Fact]
    public async Task Data_WithoutTheRegistryLogin_NamesBothArgs_AndRegistersNothing()
    {
        var mocks = Mocks();
        var error = await Assert.ThrowsAnyAsync<Exception>(() => Deployment.TestAsync(mocks, Options, () =>
        {
            var provider = new ProviderResource("kubernetes", "theirs", ResourceArgs.Empty, new CustomResourceOptions());
            var args = Args();
            args.Operator = null;
            _ = new Data("db", args, new ComponentResourceOptions { Providers = [provider] });
        }));

        Assert.Contains("DataArgs.operator.registry.username", error.Message, StringComparison.Ordinal);
        Assert.Contains("DataArgs.operator.registry.password", error.Message, StringComparison.Ordinal);
        Assert.Contains("containers.intersystems.com", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("passwordHashes", error.Message, StringComparison.Ordinal);
        Assert.Equal(["theirs"], mocks.Registered.Keys);
    }

    [Fact]
    public async Task Data_ThePullSecretsDockerConfigJson_IsASecret_HoldingTheLogin()
    {
        var mocks = Mocks();
        var recorded = new RecordedOptions();
        await Deployment.TestAsync(mocks, Options, () =>
        {
            var provider = new ProviderResource("kubernetes", "theirs", ResourceArgs.Empty, new CustomResourceOptions());
            _ = new Data("db", Args(), WithProvider(provider, recorded));
        });

        var pullSecrets = mocks.Registered.Where(r => r.Value.Type == "kubernetes:core/v1:Secret" && Equals(r.Value.Inputs.GetValueOrDefault("type"), "kubernetes.io/dockerconfigjson")).Select(r => r.Key).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["db-operator-pull-secret", "db-pull-secret"], pullSecrets);
        foreach (var name in pullSecrets)
        {
            using var json = System.Text.Json.JsonDocument.Parse((string)Map(mocks.Registered[name].Inputs["stringData"])[".dockerconfigjson"]);
            var login = json.RootElement.GetProperty("auths").GetProperty("containers.intersystems.com");
            Assert.Equal("registry-user", login.GetProperty("username").GetString());
            Assert.Equal("registry-token", login.GetProperty("password").GetString());
            var given = RecordedOptions.ArgsOf(recorded.ByName[name].Args)["stringData"];
            Assert.True(await Output.IsSecretAsync(Assert.IsType<Output<object?>>(given, exactMatch: false)), $"{name}'s .dockerconfigjson is registered in plain text.");
        }
    }

    [Fact]
    public async Task Data_EveryOperatorAndBackupsArg_IsReadUnderItsConfigKey_AndReachesTheResources()
    {
        var mocks = Mocks();
        await Deployment.TestAsync(mocks, Options, () =>
        {
            var provider = new ProviderResource("kubernetes", "theirs", ResourceArgs.Empty, new CustomResourceOptions());
            var args = Args();
            args.Operator = new DataOperatorArgs
            {
                Chart = "./charts/iris-operator-3.6.7.tgz",
                Image = "containers.intersystems.com/intersystems/iris-operator-amd:3.6.7.100",
                ReleaseName = "iko",
                Namespace = "iko-system",
                PodSecurity = "baseline",
                Registry = RegistryLogin().Registry,
                UseIrisFsGroup = true,
                IrisPorts = [1972],
                WebhookPort = 9443,
                DataDisruptionBudget = true,
                ComputeDisruptionBudget = false,
            };
            args.Backups = new DataBackupsArgs
            {
                BreakGlassRoleArn = "arn:aws:iam::123456789012:role/backup-break-glass",
                Schedule = "cron(0 2 * * ? *)",
                RetentionDays = 40,
                ColdStorageAfterDays = 0,
                VaultLock = new BackupVaultLockArgs { Enabled = true, MinRetentionDays = 7, MaxRetentionDays = 3650, ChangeableForDays = 0 },
                ExportBucket = new ExportBucketArgs
                {
                    ObjectLock = new ExportBucketObjectLockArgs { Enabled = true, Mode = "compliance", RetentionDays = 20 },
                    NoncurrentVersionExpirationDays = 60,
                    ArchiveAfterDays = 0,
                    AccessLogRetentionDays = 400,
                    MountApiToken = false,
                },
            };
            _ = new Data("db", args, new ComponentResourceOptions { Providers = [provider] });
        });

        Assert.Equal("iko", mocks.Registered["db-operator"].Inputs["name"]);
        Assert.Equal("iko-system", mocks.Registered["db-operator"].Inputs["namespace"]);
        var rule = Map(((IEnumerable<object>)mocks.Registered["db-backup-plan"].Inputs["rules"]).First());
        Assert.Equal("cron(0 2 * * ? *)", rule["schedule"]);
        Assert.Equal(40.0, Map(rule["lifecycle"])["deleteAfter"]);
        Assert.Equal(7.0, mocks.Registered["db-backup-vault-lock"].Inputs["minRetentionDays"]);
        Assert.Equal("COMPLIANCE", Map(Map(mocks.Registered["db-exports-object-lock"].Inputs["rule"])["defaultRetention"])["mode"]);
        Assert.Contains("role/backup-break-glass", (string)mocks.Registered["db-backup-vault-policy"].Inputs["policy"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Data_TheLicenceFromAFile_AndConsistentSnapshots_AreReadUnderTheirArgs_AndTheFileStaysSecret()
    {
        var file = Path.Combine(Path.GetTempPath(), $"iris-{Guid.NewGuid():N}.key");
        File.WriteAllText(file, "[ConfigFile]\nFileKey=from-the-file\n");
        try
        {
            var mocks = Mocks();
            var recorded = new RecordedOptions();
            await Deployment.TestAsync(mocks, Options, () =>
            {
                var provider = new ProviderResource("kubernetes", "theirs", ResourceArgs.Empty, new CustomResourceOptions());
                var args = Args();
                args.Cluster = new IrisClusterArgs { LicenseKeyFile = file };
                args.Backups = new DataBackupsArgs { ConsistentSnapshots = new ConsistentSnapshotsArgs { Enabled = true, Image = "registry.example.com/ops/kubectl-aws:1.33.0", FreezeTimeoutSeconds = 90 } };
                _ = new Data("db", args, WithProvider(provider, recorded));
            });

            var cronJob = Assert.Single(mocks.Registered.Values, r => r.Type == "kubernetes:batch/v1:CronJob");
            Assert.Contains("registry.example.com/ops/kubectl-aws:1.33.0", System.Text.Json.JsonSerializer.Serialize(cronJob.Inputs), StringComparison.Ordinal);
            var stringData = RecordedOptions.ArgsOf(recorded.ByName["db-license"].Args)["stringData"];
            Assert.True(await Output.IsSecretAsync(Assert.IsType<Output<object?>>(stringData, exactMatch: false)));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task Data_InAClusterOfYourOwn_WithoutItsOidcProvider_NamesBothArgs_AndRegistersNothing()
    {
        var mocks = Mocks();
        var error = await Assert.ThrowsAnyAsync<Exception>(() => Deployment.TestAsync(mocks, Options, () =>
        {
            var provider = new ProviderResource("kubernetes", "theirs", ResourceArgs.Empty, new CustomResourceOptions());
            var args = Args();
            args.Platform.OidcProviderArn = null;
            args.Platform.OidcIssuer = null;
            _ = new Data("db", args, new ComponentResourceOptions { Providers = [provider] });
        }));

        Assert.Contains("DataArgs.platform.oidcProviderArn", error.Message, StringComparison.Ordinal);
        Assert.Contains("DataArgs.platform.oidcIssuer", error.Message, StringComparison.Ordinal);
        Assert.Equal(["theirs"], mocks.Registered.Keys);
    }

    [Fact]
    public async Task Data_AHashForNoAccount_IsRefused()
    {
        var mocks = Mocks();
        var error = await Assert.ThrowsAnyAsync<Exception>(() => Deployment.TestAsync(mocks, Options, () =>
        {
            var provider = new ProviderResource("kubernetes", "theirs", ResourceArgs.Empty, new CustomResourceOptions());
            _ = new Data("db", Args(new DataSecurityArgs { PasswordHashes = Hashes([.. DefaultAccounts, "irisadmn"]) }), new ComponentResourceOptions { Providers = [provider] });
        }));

        Assert.Contains("DataArgs.security.passwordHashes.irisadmn", error.Message, StringComparison.Ordinal);
        Assert.Equal(["theirs"], mocks.Registered.Keys);
    }

    [Fact]
    public async Task Data_InvalidArgs_FailNamingEveryArg_AndRegisterNothing()
    {
        var mocks = Mocks();
        var error = await Assert.ThrowsAnyAsync<Exception>(() => Deployment.TestAsync(mocks, Options, () =>
        {
            var provider = new ProviderResource("kubernetes", "theirs", ResourceArgs.Empty, new CustomResourceOptions());
            var args = Args();
            args.Platform.Zones = null;
            args.Cluster = new IrisClusterArgs { ComputeReplicas = 99, Storage = new IrisStorageArgs { Db = "lots" } };
            args.Security!.Users = [new IrisUserArgs { Name = "svc_app", Roles = ["%All"] }];
            _ = new Data("db", args, new ComponentResourceOptions { Providers = [provider] });
        }));

        Assert.Contains("DataArgs.platform.zones", error.Message, StringComparison.Ordinal);
        Assert.Contains("DataArgs.cluster.computeReplicas", error.Message, StringComparison.Ordinal);
        Assert.Contains("DataArgs.cluster.storage.db", error.Message, StringComparison.Ordinal);
        Assert.Contains("DataArgs.security.users[0].roles", error.Message, StringComparison.Ordinal);
        Assert.Equal(["theirs"], mocks.Registered.Keys);
    }

    [Fact]
    public async Task Data_WithoutAKubernetesProvider_IsRefused()
    {
        var mocks = Mocks();
        var error = await Assert.ThrowsAnyAsync<Exception>(() => Deployment.TestAsync(mocks, Options, () =>
        {
            _ = new Data("db", Args());
        }));

        Assert.Contains("has no Kubernetes provider", error.Message, StringComparison.Ordinal);
        Assert.Contains("DataArgs.Platform", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, mocks.Count);
    }

    [Fact]
    public async Task ComposedFromCSharp_ClusterDataAndWebGateway_TheGatewayVerifiesIrisAgainstTheDataCa()
    {
        var mocks = Mocks();
        var recorded = new RecordedOptions();
        Output<string>? ca = null;
        await Deployment.TestAsync(mocks, Options, () =>
        {
            var network = new Network("net", new NetworkArgs { Region = "eu-west-1", AccountId = "123456789012", NatStrategy = "single" });
            var cluster = new Cluster("k8s", new ClusterArgs
            {
                Region = "eu-west-1",
                AccountId = "123456789012",
                Network = network,
                Storage = new StorageArgs { ClassName = "gp3-iris" },
            });
            var data = new Data("db", new DataArgs
            {
                Region = "eu-west-1",
                AccountId = "123456789012",
                Platform = cluster,
                Security = new DataSecurityArgs { PasswordHashes = Hashes(DefaultAccounts) },
                Operator = RegistryLogin(),
            }, new ComponentResourceOptions { ResourceTransformations = { recorded.Record } });
            ca = data.CaCertPem;
            _ = new WebGateway("gw", new WebGatewayArgs { Region = "eu-west-1", AccountId = "123456789012", Cluster = cluster, IrisCaCertPem = data.CaCertPem });
        });

        var irisCluster = mocks.Registered["db-iris-cluster"];
        Assert.Equal("k8s-k8s", ProviderName(irisCluster.Provider));
        Assert.Equal("iris", Map(irisCluster.Inputs["metadata"])["namespace"]);
        Assert.Equal("gp3-iris", Map(irisCluster.Inputs["spec"])["storageClassName"]);
        Assert.Contains("k8s-ns-iris", await RecordedOptions.DependsOnAsync(recorded.ByName["db-iris-cluster"].Options));
        Assert.Equal("db-tls-ca-cert.certPem", await OutputUtilities.GetValueAsync(ca!));
        Assert.Equal("db-tls-ca-cert.certPem", Map(mocks.Registered["gw-tls"].Inputs["stringData"])["ca.pem"]);
    }

    [Fact]
    public async Task ComposedFromCSharp_TheExportRolesTrust_NamesTheClustersOidcProviderAndIssuer()
    {
        var mocks = Mocks();
        await Deployment.TestAsync(mocks, Options, () =>
        {
            var network = new Network("net", new NetworkArgs { Region = "eu-west-1", AccountId = "123456789012", NatStrategy = "single" });
            var cluster = new Cluster("k8s", new ClusterArgs { Region = "eu-west-1", AccountId = "123456789012", Network = network });
            _ = new Data("db", new DataArgs
            {
                Region = "eu-west-1",
                AccountId = "123456789012",
                Platform = cluster,
                Security = new DataSecurityArgs { PasswordHashes = Hashes(DefaultAccounts) },
                Operator = RegistryLogin(),
            });
        });

        using var trust = System.Text.Json.JsonDocument.Parse((string)mocks.Registered["db-exports-role"].Inputs["assumeRolePolicy"]);
        var statement = trust.RootElement.GetProperty("Statement")[0];
        Assert.Equal("k8s-eks.oidcProviderArn", statement.GetProperty("Principal").GetProperty("Federated").GetString());
        var conditionKeys = statement.GetProperty("Condition").EnumerateObject().SelectMany(c => c.Value.EnumerateObject()).Select(k => k.Name).ToList();
        Assert.Contains("k8s-eks.oidcIssuer:sub", conditionKeys);
        Assert.Contains("k8s-eks.oidcIssuer:aud", conditionKeys);
    }

    private static string? ProviderName(string? reference) => string.IsNullOrEmpty(reference) ? null : reference.Split("::")[^2];
}
