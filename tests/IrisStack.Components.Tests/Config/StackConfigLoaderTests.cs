using IrisStack.Components.Config;
using IrisStack.Components.Network;
using IrisStack.Stack;
using IrisStack.Tests.Shared;

namespace IrisStack.Components.Tests.Config;

public sealed class StackConfigLoaderTests
{
    private const string Valid = """
        config:
          aws:region: eu-west-1
          iris-stack:accountId: "123456789012"

        """;

    [Fact]
    public void DevStackFile_LoadsWithItsValuesAndProjectDefaults()
    {
        var config = RealStacks.Config("dev");

        Assert.Equal("iris-stack", config.Project);
        Assert.Equal("dev", config.Stack);
        Assert.Equal("eu-west-1", config.Region);
        Assert.Equal("111111111111", config.AccountId);
        Assert.Equal("10.20.0.0/16", config.Network.Cidr.ToString());
        Assert.Equal(NatGatewayStrategy.Single, config.Network.NatStrategy);
        Assert.Equal(["eu-west-1a", "eu-west-1b", "eu-west-1c"], config.Network.AvailabilityZones.ToArray());
        Assert.Equal(30, config.Network.FlowLogRetentionDays);
        Assert.Equal("dev", config.Tags["environment"]);
    }

    [Fact]
    public void ProdStackFile_IsHighlyAvailableAndKeepsLogsAYear()
    {
        var config = RealStacks.Config("prod");

        Assert.Equal(NatGatewayStrategy.OnePerAz, config.Network.NatStrategy);
        Assert.Equal(365, config.Network.FlowLogRetentionDays);
        Assert.Equal(365, config.Policies.MinimumLogRetentionDays);
        Assert.Equal(EnforcementLevel.Mandatory, config.Policies.All);
    }

    [Theory]
    [InlineData("dev", 1)]
    [InlineData("prod", 2)]
    public void RealStacks_WebGatewayServers_AreTheIrisClustersComputeHosts(string stack, int computeReplicas)
    {
        var config = RealStacks.Config(stack);

        var names = config.Data.Cluster.NamesIn(config.Cluster.TierNamespaces.Iris);
        Assert.Equal(computeReplicas, names.ComputeReplicas);
        Assert.Equal<string>(names.ComputeHosts, config.WebGateway.Iris.Servers);
    }

    [Fact]
    public void IrisClusterWithoutCompute_GatewayTalksToTheDataNode()
    {
        using var project = TempProject.With("nocompute", Valid + "  iris-stack:data: {cluster: {computeReplicas: 0}}\n");

        var config = StackConfigLoader.Load(new StackFileConfigSource(project.Path, "nocompute"));

        // A protected stack (the default) is mirrored: both members, whichever is primary.
        Assert.Equal(["iris-data-0-0.iris-svc.iris.svc.cluster.local", "iris-data-0-1.iris-svc.iris.svc.cluster.local"], config.WebGateway.Iris.Servers.ToArray());
    }

    [Fact]
    public void PasswordHash_SetAsSecret_ReplacesTheInputInTheMergeFiles()
    {
        using var project = TempProject.With("hash", Valid + "  iris-stack:data: {security: {passwordHashes: {irisadmin: {secure: v1:AAAA}}}}\n");

        var config = StackConfigLoader.Load(new StackFileConfigSource(project.Path, "hash"));
        var externals = IrisStackBlueprint.Build(config).Graph.Nodes.SelectMany(n => n.Inputs.Externals()).Select(e => e.Name).ToList();

        Assert.Contains("irisadmin", config.Data.Security.PasswordHashes.Keys);
        Assert.DoesNotContain("data.security.passwordHashes.irisadmin", externals);
        Assert.Contains("data.security.passwordHashes.wg_login", externals);
        Assert.Contains("data.security.passwordHashes.predefined", externals);
    }

    [Fact]
    public void MinimalStack_GetsSecureDefaults()
    {
        using var project = TempProject.With("min", Valid);

        var config = StackConfigLoader.Load(new StackFileConfigSource(project.Path, "min"));

        Assert.Equal("10.0.0.0/16", config.Network.Cidr.ToString());
        Assert.Equal(NatGatewayStrategy.OnePerAz, config.Network.NatStrategy);
        Assert.Equal(365, config.Network.FlowLogRetentionDays);
        Assert.Equal(3, config.Network.AvailabilityZones.Length);
        Assert.Empty(config.Tags);
    }

    [Fact]
    public void ProjectLevelDefaults_ApplyUnlessTheStackSetsTheKey()
    {
        using var project = TempProject.With("proj", Valid + "  iris-stack:network: {azCount: 2}\n");
        File.WriteAllText(Path.Combine(project.Path, "Pulumi.yaml"), """
            name: iris-stack
            runtime: dotnet
            config:
              network:
                type: string
                default: ignored-because-the-stack-sets-it
              iris-stack:tags:
                value: {owner: from-project}
              aws:region: us-east-1
            """);

        var config = StackConfigLoader.Load(new StackFileConfigSource(project.Path, "proj"));

        Assert.Equal("from-project", config.Tags["owner"]);
        Assert.Equal("eu-west-1", config.Region);
        Assert.Equal(2, config.Network.AvailabilityZones.Length);
    }

    [Theory]
    [InlineData("iris-stack:network: {cidr: 10.0.0.0/33}", "iris-stack:network.cidr", "invalid prefix length")]
    [InlineData("iris-stack:network: {cidr: 10.0.0.1/16}", "iris-stack:network.cidr", "host bits set")]
    [InlineData("iris-stack:network: {cidr: banana}", "iris-stack:network.cidr", "not a CIDR block")]
    [InlineData("iris-stack:network: {cidr: 10.0.0.0/12}", "iris-stack:network.cidr", "outside /16../24")]
    [InlineData("iris-stack:network: {azCount: 7}", "iris-stack:network.azCount", "7 is outside 2..6")]
    [InlineData("iris-stack:network: {azCount: 1}", "iris-stack:network.azCount", "1 is outside 2..6")]
    [InlineData("iris-stack:network: {azCount: three}", "iris-stack:network.azCount", "expected a whole number, got 'three'")]
    [InlineData("iris-stack:network: {natStrategy: perAz}", "iris-stack:network.natStrategy", "'perAz' is not one of single, onePerAz")]
    [InlineData("iris-stack:network: {flowLogRetentionDays: 10}", "iris-stack:network.flowLogRetentionDays", "not a retention CloudWatch Logs accepts")]
    [InlineData("iris-stack:network: [a, b]", "iris-stack:network", "expected a map of settings, got a list")]
    [InlineData("iris-stack:network: {cidrr: 10.0.0.0/16}", "iris-stack:network.cidrr", "did you mean 'cidr'?")]
    [InlineData("iris-stack:netwrok: {}", "iris-stack:netwrok", "did you mean 'network'?")]
    [InlineData("iris-stack:network: {cidr: 10.0.0.0/24, azCount: 6}", "iris-stack:network.cidr", "too small to plan subnets for 6 zones")]
    [InlineData("iris-stack:network: {availabilityZones: [eu-west-1a, us-east-1b, eu-west-1c]}", "iris-stack:network.availabilityZones[1]", "not a zone of eu-west-1")]
    [InlineData("iris-stack:network: {azCount: 2, availabilityZones: [eu-west-1a]}", "iris-stack:network.availabilityZones", "lists 1 zones but azCount is 2")]
    [InlineData("iris-stack:network: {privateSubnetCidrs: [10.0.0.0/20, 10.0.16.0/20, 10.1.0.0/20]}", "iris-stack:network.privateSubnetCidrs[2]", "not inside the VPC CIDR 10.0.0.0/16")]
    [InlineData("iris-stack:network: {publicSubnetCidrs: [10.0.0.0/20, 10.0.16.0/20, 10.0.32.0/20], privateSubnetCidrs: [10.0.8.0/21, 10.0.64.0/20, 10.0.80.0/20]}", "iris-stack:network.privateSubnetCidrs[0]", "10.0.8.0/21 overlaps 10.0.0.0/20")]
    [InlineData("iris-stack:network: {cidr: 10.0.0.0/16, publicSubnetCidrs: [10.0.0.0/24, 10.0.1.0/24, 10.0.2.0/24]}", "iris-stack:network.publicSubnetCidrs[0]", "10.0.0.0/24 overlaps 10.0.0.0/19 (the private subnet of eu-west-1a planned from iris-stack:network.cidr)")]
    [InlineData("iris-stack:policies: {minimumLogRetentionDays: 0}", "iris-stack:policies.minimumLogRetentionDays", "0 is outside 1..3653")]
    [InlineData("iris-stack:policies: {suppressions: [{policy: vpc-flow-logs-enabled}]}", "iris-stack:policies.suppressions[0].reason", "is required")]
    [InlineData("iris-stack:policies: {all: strict}", "iris-stack:policies.all", "not one of mandatory, advisory, disabled")]
    [InlineData("iris-stack:tags: [a]", "iris-stack:tags", "expected a map")]
    [InlineData("aws:region: cn-north-1", "aws:region", "the China (cn-*) and GovCloud (us-gov-*) partitions are not supported yet")]
    [InlineData("aws:region: us-gov-west-1", "aws:region", "the China (cn-*) and GovCloud (us-gov-*) partitions are not supported yet")]
    [InlineData("aws:region: us-iso-east-1", "aws:region", "outside the commercial aws partition")]
    [InlineData("aws:region: Ireland", "aws:region", "not an AWS region name")]
    [InlineData("iris-stack:webGateway: {iris: {servers: [iris-compute-1.iris-svc.iris.svc.cluster.local]}}", "iris-stack:webGateway.iris.servers", "which the stack's IrisCluster does not create")]
    [InlineData("iris-stack:webGateway: {iris: {username: CSPSystem}}", "iris-stack:webGateway.iris.username", "is a predefined account")]
    [InlineData("iris-stack:webGateway: {iris: {username: irisadmin}}", "iris-stack:webGateway.iris.username", "also the admin")]
    [InlineData("iris-stack:data: {security: {passwordHashes: {nobody: {secure: v1:AAAA}}}}", "iris-stack:data.security.passwordHashes.nobody", "not an account the merge files create")]
    [InlineData("iris-stack:data: {security: {passwordHashes: {irisadmin: plain}}}", "iris-stack:data.security.passwordHashes.irisadmin", "must be a secret")]
    [InlineData("iris-stack:data: {cluster: {mirrored: true, arbiterZone: eu-west-1a}}", "iris-stack:data.cluster.mirrored", "needs three distinct zones")]
    [InlineData("iris-stack:data: {cluster: {irisImage: containers.intersystems.com/intersystems/iris}}", "iris-stack:data.cluster.irisImage", "tag")]
    [InlineData("iris-stack:data: {cluster: {storage: {db: 20GB}}}", "iris-stack:data.cluster.storage.db", "not a Kubernetes storage quantity")]
    public void InvalidValue_NamesTheKeyAndTheProblem(string yaml, string key, string problem)
    {
        // An aws:region line replaces the valid one; anything else is added to the valid config.
        var stack = yaml.StartsWith("aws:region:", StringComparison.Ordinal) ? Valid.Replace("aws:region: eu-west-1", yaml, StringComparison.Ordinal) : Valid + "  " + yaml + "\n";
        using var project = TempProject.With("bad", stack);

        var error = Assert.Throws<ConfigException>(() => StackConfigLoader.Load(new StackFileConfigSource(project.Path, "bad")));

        var match = Assert.Single(error.Errors, e => e.Key == key);
        Assert.Contains(problem, match.Problem + " " + match.Fix, StringComparison.Ordinal);
        Assert.Contains(key, error.Message, StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(match.Fix));
    }

    [Fact]
    public void ListOfOnlyRefusedItems_ReportsTheItemsAndNotAnEmptyList()
    {
        using var project = TempProject.With("items", Valid + "  iris-stack:webGateway: {allowedMethods: [TRACE]}\n");

        var error = Assert.Throws<ConfigException>(() => StackConfigLoader.Load(new StackFileConfigSource(project.Path, "items")));

        Assert.Equal(["iris-stack:webGateway.allowedMethods[0]"], error.Errors.Select(e => e.Key));
    }

    [Fact]
    public void EmptyList_IsReportedAsEmpty()
    {
        using var project = TempProject.With("empty-list", Valid + "  iris-stack:webGateway: {allowedMethods: []}\n");

        var error = Assert.Throws<ConfigException>(() => StackConfigLoader.Load(new StackFileConfigSource(project.Path, "empty-list")));

        Assert.Contains("is empty", Assert.Single(error.Errors, e => e.Key == "iris-stack:webGateway.allowedMethods").Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("iris-stak:tags")]
    [InlineData("iris_stack:tags")]
    [InlineData("irisstack:tags")]
    public void KeyInANearMissOfOurNamespace_IsAnErrorWithTheRightName(string key)
    {
        using var project = TempProject.With("s", $"config:\n  aws:region: eu-west-1\n  iris-stack:accountId: \"123456789012\"\n  {key}:\n    team: data\n");

        var error = Assert.Single(Assert.Throws<ConfigException>(() => StackConfigLoader.Load(new StackFileConfigSource(project.Path, "s"))).Errors);

        Assert.Equal(key, error.Key);
        Assert.Equal("rename it to 'iris-stack:tags'.", error.Fix);
    }

    [Fact]
    public void OtherProvidersNamespaces_AreLeftAlone()
    {
        using var project = TempProject.With("s", "config:\n  aws:region: eu-west-1\n  iris-stack:accountId: \"123456789012\"\n  kubernetes:context: admin\n  tls:x: y\n");

        Assert.Equal("eu-west-1", StackConfigLoader.Load(new StackFileConfigSource(project.Path, "s")).Region);
    }

    [Fact]
    public void MissingRequiredValues_AreAllReportedWithTheCommandThatSetsThem()
    {
        using var project = TempProject.With("empty", "config: {}\n");

        var error = Assert.Throws<ConfigException>(() => StackConfigLoader.Load(new StackFileConfigSource(project.Path, "empty")));

        Assert.Equal(["aws:region", "iris-stack:accountId"], error.Errors.Select(e => e.Key));
        Assert.Contains("pulumi config set aws:region", error.Errors[0].Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void SeveralProblems_AreCollectedIntoOneError()
    {
        using var project = TempProject.With("many", Valid + "  iris-stack:network: {cidr: 10.0.0.0/33, azCount: 9, natStrategy: many}\n");

        var error = Assert.Throws<ConfigException>(() => StackConfigLoader.Load(new StackFileConfigSource(project.Path, "many")));

        Assert.Equal(
            ["iris-stack:network.cidr", "iris-stack:network.azCount", "iris-stack:network.natStrategy"],
            error.Errors.Select(e => e.Key));
    }

    [Fact]
    public void MissingStackFile_SaysHowToCreateIt()
    {
        var error = Assert.Throws<ConfigException>(() => RealStacks.Config("nosuch"));

        Assert.Equal("Pulumi.nosuch.yaml", Assert.Single(error.Errors).Key);
        Assert.Contains("pulumi stack init nosuch", error.Errors[0].Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void BrokenYaml_NamesTheFileAndLine()
    {
        using var project = TempProject.With("broken", "config:\n  aws:region: [unclosed\n");

        var error = Assert.Throws<ConfigException>(() => StackConfigLoader.Load(new StackFileConfigSource(project.Path, "broken")));

        Assert.StartsWith("Pulumi.broken.yaml:", Assert.Single(error.Errors).Key, StringComparison.Ordinal);
    }

    [Fact]
    public void OtherNamespaces_AreLeftToTheirProviders()
    {
        using var project = TempProject.With("ns", Valid + "  aws:profile: admin\n  kubernetes:context: x\n");

        var config = StackConfigLoader.Load(new StackFileConfigSource(project.Path, "ns"));

        Assert.Equal("eu-west-1", config.Region);
    }

    [Fact]
    public void Reference_DocumentsEveryKeyWithItsDefault()
    {
        var reference = StackConfigLoader.Reference();

        var cidr = Assert.Single(reference, d => d.Key == "iris-stack:network.cidr");
        Assert.Equal("10.0.0.0/16", cidr.Default);
        Assert.Equal("onePerAz", Assert.Single(reference, d => d.Key == "iris-stack:network.natStrategy").Default);
        Assert.Equal("(required)", Assert.Single(reference, d => d.Key == "aws:region").Default);
        Assert.All(reference, d => Assert.False(string.IsNullOrWhiteSpace(d.Description), d.Key));
    }

    [Fact]
    public void PolicySettings_OfAnEmptyConfiguration_RequireProtection()
    {
        var settings = StackConfigLoader.LoadPolicySettings(new RawStackConfig(StackConfigLoader.Namespace, "ci", System.Collections.Immutable.ImmutableSortedDictionary<string, ConfigNode>.Empty));

        Assert.True(settings.RequireProtection);
    }

    [Fact]
    public void PolicySettings_ReadLikeTheFullLoad_ProtectionOffOnlyWhenSaid()
    {
        using var project = TempProject.With("s", Valid + "  iris-stack:protectStatefulResources: false\n");
        var raw = new StackFileConfigSource(project.Path, "s").Read();

        var settings = StackConfigLoader.LoadPolicySettings(raw);

        Assert.False(settings.RequireProtection);
        Assert.Equal(StackConfigLoader.Load(new StackFileConfigSource(project.Path, "s")).Policies.RequireProtection, settings.RequireProtection);
    }
}
