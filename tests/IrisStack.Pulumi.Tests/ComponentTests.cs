using System.Collections.Immutable;
using Pulumi;
using Pulumi.Testing;
using Pulumi.Utilities;

namespace IrisStack.Pulumi.Tests;

/// <summary>Each component alone, as a platform engineer uses it in their own program.</summary>
public sealed class ComponentTests
{
    private static readonly TestOptions Options = new() { ProjectName = "platform", StackName = "test", IsPreview = false };

    // Enough outputs for references to resolve: every output any layer reads.
    private static RecordingMocks Mocks() => new(_ => ["arn", "keyId", "allocationId", "name", "kubeconfigJson", "oidcProviderArn", "oidcIssuer", "latestVersion", "certPem", "privateKeyPem", "certRequestPem", "result"]);

    private static NetworkArgs NetworkArgs(string cidr = "10.0.0.0/16") => new() { Region = "eu-west-1", AccountId = "123456789012", Cidr = cidr, NatStrategy = "single" };

    [Fact]
    public async Task Network_TwoInstances_CoexistUnderTheirOwnNames()
    {
        var mocks = Mocks();
        await Deployment.TestAsync(mocks, Options, () =>
        {
            _ = new Network("edge", NetworkArgs());
            _ = new Network("data", NetworkArgs("10.1.0.0/16"));
        });

        Assert.Contains("edge-vpc", mocks.Registered.Keys);
        Assert.Contains("data-vpc", mocks.Registered.Keys);
        Assert.Equal("/platform/test/edge/vpc-flow-logs", mocks.Registered["edge-flow-logs"].Inputs["name"]);
        Assert.Equal("alias/platform-test-data-logs", mocks.Registered["data-logs-key-alias"].Inputs["name"]);
        Assert.All(mocks.Registered.Keys, n => Assert.True(n.StartsWith("edge", StringComparison.Ordinal) || n.StartsWith("data", StringComparison.Ordinal), n));
    }

    [Fact]
    public async Task Network_Outputs_AreTheRegisteredResources()
    {
        var (_, outputs) = await Deployment.TestAsync(Mocks(), Options, () =>
        {
            var network = new Network("net", NetworkArgs());
            return new Dictionary<string, object?> { ["vpcId"] = network.VpcId, ["private"] = network.PrivateSubnetIds };
        });

        Assert.Equal("net-vpc-id", await OutputUtilities.GetValueAsync((Output<string>)outputs["vpcId"]!));
        Assert.Equal(["net-private-eu-west-1a-id", "net-private-eu-west-1b-id", "net-private-eu-west-1c-id"], await OutputUtilities.GetValueAsync((Output<string[]>)outputs["private"]!));
    }

    [Fact]
    public async Task Network_InvalidArgs_FailWithEveryProblemAndRegisterNothing()
    {
        var mocks = Mocks();
        var error = await Assert.ThrowsAnyAsync<Exception>(() => Deployment.TestAsync(mocks, Options, () =>
        {
            _ = new Network("net", new NetworkArgs { Region = "eu-west-1", AccountId = "123", Cidr = "10.0.0.0/33", AzCount = 9 });
        }));

        Assert.Contains("NetworkArgs.cidr", error.Message, StringComparison.Ordinal);
        Assert.Contains("NetworkArgs.azCount", error.Message, StringComparison.Ordinal);
        Assert.Contains("NetworkArgs.accountId", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, mocks.Count);
    }

    [Fact]
    public async Task Network_InsecureArgs_AreRefusedWithTheFinding_UnlessSuppressedWithAReason()
    {
        var refused = Mocks();
        var error = await Assert.ThrowsAnyAsync<Exception>(() => Deployment.TestAsync(refused, Options, () =>
        {
            var args = NetworkArgs();
            args.FlowLogRetentionDays = 7;
            _ = new Network("net", args);
        }));
        Assert.Contains("log-group-retention", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, refused.Count);

        var accepted = Mocks();
        await Deployment.TestAsync(accepted, Options, () =>
        {
            var args = NetworkArgs();
            args.FlowLogRetentionDays = 7;
            args.Policies = new PolicySettingsArgs { Suppressions = [new SuppressionArgs { Policy = "log-group-retention", Resource = "net-flow-logs", Reason = "throwaway sandbox" }] };
            _ = new Network("net", args);
        });
        Assert.Equal(7d, accepted.Registered["net-flow-logs"].Inputs["retentionInDays"]);
    }

    [Fact]
    public async Task Cluster_InTheUsersOwnVpc_TakesTheirOutputsAsInputs()
    {
        var mocks = Mocks();
        await Deployment.TestAsync(mocks, Options, () =>
        {
            var vpc = new CustomResource("aws:ec2/vpc:Vpc", "my-vpc", new DictionaryResourceArgs(ImmutableDictionary<string, object?>.Empty.Add("cidrBlock", "10.20.0.0/16")), new CustomResourceOptions());
            var key = new CustomResource("aws:kms/key:Key", "my-key", ResourceArgs.Empty, new CustomResourceOptions());
            _ = new Cluster("iris", new ClusterArgs
            {
                Region = "eu-west-1",
                AccountId = "123456789012",
                Network = new ClusterNetworkArgs
                {
                    VpcId = vpc.Id,
                    VpcCidr = "10.20.0.0/16",
                    LogsKeyArn = key.Id,
                    PrivateSubnets =
                    [
                        new SubnetArgs { Id = Output.Create("subnet-a"), AvailabilityZone = "eu-west-1a", Cidr = "10.20.16.0/20" },
                        new SubnetArgs { Id = "subnet-b", AvailabilityZone = "eu-west-1b", Cidr = "10.20.32.0/20" },
                    ],
                },
            });
        });

        var eks = mocks.Registered["iris-eks"].Inputs;
        Assert.Equal("my-vpc-id", eks["vpcId"]);
        Assert.Equal(new object[] { "subnet-a", "subnet-b" }, ((IEnumerable<object>)eks["privateSubnetIds"]).ToArray());
        Assert.Equal("my-key-id", mocks.Registered["iris-control-plane-logs"].Inputs["kmsKeyId"]);
        Assert.Equal("platform-test-iris", eks["name"]);
    }

    [Fact]
    public async Task ComposedFromCSharp_NetworkClusterAndWebGateway_WireThroughTheirOutputs()
    {
        var mocks = Mocks();
        await Deployment.TestAsync(mocks, Options, () =>
        {
            var network = new Network("iris", NetworkArgs());
            var cluster = new Cluster("iris", new ClusterArgs { Region = "eu-west-1", AccountId = "123456789012", Network = network });
            _ = new WebGateway("iris", new WebGatewayArgs { Region = "eu-west-1", AccountId = "123456789012", Cluster = cluster });
        });

        var deployment = mocks.Get("kubernetes:apps/v1:Deployment", "iris-deployment");
        Assert.Equal("iris-vpc-id", mocks.Get("eks:index:Cluster", "iris-eks").Inputs["vpcId"]);
        Assert.Equal("iris-k8s", ProviderName(deployment.Provider));
        Assert.Equal("iris-web-gateway", ((IDictionary<string, object>)deployment.Inputs["metadata"])["namespace"]);
    }

    [Fact]
    public async Task WebGateway_InAnExistingCluster_UsesTheProviderItIsGivenAndItsPassword()
    {
        var mocks = Mocks();
        var recorded = new RecordedOptions();
        await Deployment.TestAsync(mocks, Options, () =>
        {
            var provider = new ProviderResource("kubernetes", "theirs", ResourceArgs.Empty, new CustomResourceOptions());
            _ = new WebGateway("gw", new WebGatewayArgs
            {
                Region = "eu-west-1",
                AccountId = "123456789012",
                Cluster = new WebGatewayClusterArgs { Namespace = "edge" },
                Iris = new IrisConnectionArgs { Password = Output.CreateSecret("from-their-vault") },
            }, new ComponentResourceOptions { Providers = [provider], ResourceTransformations = { recorded.Record } });
        });

        var kubernetes = mocks.Registered.Values.Where(r => r.Type!.StartsWith("kubernetes:", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(kubernetes);
        Assert.All(kubernetes, r => Assert.Equal("theirs", ProviderName(r.Provider)));
        Assert.DoesNotContain(mocks.Registered.Values, r => r.Type == "random:index/randomPassword:RandomPassword");
        var ini = (string)((IDictionary<string, object>)mocks.Registered["gw-csp-ini"].Inputs["stringData"])["CSP.ini"];
        Assert.Contains("Password=from-their-vault", ini, StringComparison.Ordinal);
        var stringData = RecordedOptions.ArgsOf(recorded.ByName["gw-csp-ini"].Args)["stringData"];
        Assert.True(await Output.IsSecretAsync(Assert.IsType<Output<object?>>(stringData, exactMatch: false)));
    }

    [Fact]
    public async Task WebGateway_AdminPathsForEveryone_AreRefused()
    {
        var mocks = Mocks();
        var error = await Assert.ThrowsAnyAsync<Exception>(() => Deployment.TestAsync(mocks, Options, () =>
        {
            var provider = new ProviderResource("kubernetes", "theirs", ResourceArgs.Empty, new CustomResourceOptions());
            _ = new WebGateway("gw", new WebGatewayArgs { Region = "eu-west-1", AccountId = "123456789012", AdminPaths = ["/csp/sys/"] }, new ComponentResourceOptions { Providers = [provider] });
        }));

        Assert.Contains("WebGatewayArgs.adminPaths", error.Message, StringComparison.Ordinal);
        Assert.Equal(["theirs"], mocks.Registered.Keys);
    }

    [Fact]
    public async Task WebGateway_WithoutAKubernetesProvider_IsRefused()
    {
        var mocks = Mocks();
        var error = await Assert.ThrowsAnyAsync<Exception>(() => Deployment.TestAsync(mocks, Options, () =>
        {
            _ = new WebGateway("gw", new WebGatewayArgs { Region = "eu-west-1", AccountId = "123456789012" });
        }));

        Assert.Contains("has no Kubernetes provider", error.Message, StringComparison.Ordinal);
        Assert.Contains("providers option", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, mocks.Count);
    }

    [Fact]
    public async Task WebGateway_TwoInstancesInOneNamespace_ShareNoObjectOrPods()
    {
        var mocks = Mocks();
        await Deployment.TestAsync(mocks, Options, () =>
        {
            var provider = new ProviderResource("kubernetes", "theirs", ResourceArgs.Empty, new CustomResourceOptions());
            var options = new ComponentResourceOptions { Providers = [provider] };
            _ = new WebGateway("gw-a", new WebGatewayArgs { Region = "eu-west-1", AccountId = "123456789012" }, options);
            _ = new WebGateway("gw-b", new WebGatewayArgs { Region = "eu-west-1", AccountId = "123456789012" }, new ComponentResourceOptions { Providers = [provider] });
        });

        string MetadataName(string node) => (string)((IDictionary<string, object>)mocks.Registered[node].Inputs["metadata"])["name"];
        Assert.Equal("gw-a", MetadataName("gw-a-deployment"));
        Assert.Equal("gw-b-nginx", MetadataName("gw-b-nginx-conf"));
        var selectorA = ((IDictionary<string, object>)mocks.Registered["gw-a-service"].Inputs["spec"])["selector"];
        var selectorB = ((IDictionary<string, object>)mocks.Registered["gw-b-service"].Inputs["spec"])["selector"];
        Assert.NotEqual(((IDictionary<string, object>)selectorA)["app.kubernetes.io/name"], ((IDictionary<string, object>)selectorB)["app.kubernetes.io/name"]);
    }

    [Fact]
    public async Task Cluster_TwoInstances_HaveTheirOwnEksClusters()
    {
        var mocks = Mocks();
        await Deployment.TestAsync(mocks, Options, () =>
        {
            var network = new Network("shared", NetworkArgs());
            _ = new Cluster("blue", new ClusterArgs { Region = "eu-west-1", AccountId = "123456789012", Network = network });
            _ = new Cluster("green", new ClusterArgs { Region = "eu-west-1", AccountId = "123456789012", Network = network });
        });

        Assert.Equal("platform-test-blue", mocks.Registered["blue-eks"].Inputs["name"]);
        Assert.Equal("platform-test-green", mocks.Registered["green-eks"].Inputs["name"]);
        Assert.Equal("/aws/eks/platform-test-green/cluster", mocks.Registered["green-control-plane-logs"].Inputs["name"]);
    }

    [Fact]
    public async Task Cluster_InsecureArgs_AreRefusedWithTheFinding()
    {
        var mocks = Mocks();
        var error = await Assert.ThrowsAnyAsync<Exception>(() => Deployment.TestAsync(mocks, Options, () =>
        {
            var network = new Network("net", NetworkArgs());
            _ = new Cluster("iris", new ClusterArgs { Region = "eu-west-1", AccountId = "123456789012", Network = network, ControlPlaneLogRetentionDays = 14 });
        }));

        Assert.Contains("log-group-retention", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(mocks.Registered.Keys, k => k.StartsWith("iris", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ComposedFromCSharp_WithRenamedNamespaces_HandsOverTheGatewaysNamespace()
    {
        var mocks = Mocks();
        await Deployment.TestAsync(mocks, Options, () =>
        {
            var network = new Network("iris", NetworkArgs());
            var cluster = new Cluster("iris", new ClusterArgs
            {
                Region = "eu-west-1",
                AccountId = "123456789012",
                Network = network,
                Namespaces = new TierNamespacesArgs { WebGateway = new TierNamespaceArgs { Name = "edge-gw" }, Iris = new TierNamespaceArgs { Name = "iris-db" } },
            });
            _ = new WebGateway("iris", new WebGatewayArgs { Region = "eu-west-1", AccountId = "123456789012", Cluster = cluster });
        });

        var deployment = mocks.Get("kubernetes:apps/v1:Deployment", "iris-deployment");
        Assert.Equal("edge-gw", ((IDictionary<string, object>)deployment.Inputs["metadata"])["namespace"]);
        Assert.Equal("iris-k8s", ProviderName(deployment.Provider));
    }

    private static string? ProviderName(string? reference) => string.IsNullOrEmpty(reference) ? null : reference.Split("::")[^2];
}
