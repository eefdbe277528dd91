using IrisStack.Components.Cluster;
using IrisStack.Stack;

namespace IrisStack.Components.Tests.Cluster;

public class ClusterConfigTests
{
    [Fact]
    public void Defaults_AreSecure()
    {
        var config = ClusterFixtures.Config().Cluster;

        Assert.IsType<EndpointAccess.PrivateOnly>(config.Endpoint);
        Assert.Equal("1.33", config.KubernetesVersion);
        Assert.Equal(365, config.ControlPlaneLogRetentionDays);
        Assert.Equal(StorageReclaimPolicy.Retain, config.Storage.ReclaimPolicy);
        Assert.Equal(ElbSecurityPolicies.Recommended, config.LoadBalancerController.SslPolicy);
        Assert.Equal(LoadBalancerScheme.Internal, config.LoadBalancerController.Scheme);
        Assert.Equal([PodSecurityLevel.Restricted, PodSecurityLevel.Restricted, PodSecurityLevel.Baseline], config.Namespaces.Select(n => n.PodSecurity));
        Assert.Equal(new TierNamespaces("iris-api-gateway", "iris-web-gateway", "iris"), config.TierNamespaces);
        Assert.Equal(TierPorts.Default, config.Ports);
        Assert.Equal(ClusterConfig.DefaultNodeGroup, Assert.Single(config.NodeGroups));
    }

    [Fact]
    public void ProtectStatefulResources_DefaultsToTrue_AndReachesThePolicySettings()
    {
        var config = ClusterFixtures.Config();

        Assert.True(config.ProtectStatefulResources);
        Assert.True(config.Policies.RequireProtection);
        Assert.False(ClusterFixtures.Config(protect: false).Policies.RequireProtection);
    }

    [Fact]
    public void AdminCidrs_TurnOnThePublicEndpointForThemOnly()
    {
        var config = ClusterFixtures.Config("""{"endpointPublicAccessCidrs":["203.0.113.0/24"]}""").Cluster;

        var access = Assert.IsType<EndpointAccess.PrivateAndAdminCidrs>(config.Endpoint);
        Assert.Equal(["203.0.113.0/24"], access.AdminCidrs.Select(c => c.ToString()));
    }

    [Theory]
    [InlineData("0.0.0.0/0", "open the API endpoint to the internet")]
    [InlineData("10.0.0.0/8", "too broad")]
    [InlineData("203.0.113.1/24", "host bits")]
    public void AdminCidr_OpenOrBroad_NamesTheKey(string cidr, string problem)
    {
        var error = Assert.Single(ClusterFixtures.Errors($$"""{"endpointPublicAccessCidrs":["{{cidr}}"]}"""));

        Assert.Equal("iris-stack:cluster.endpointPublicAccessCidrs[0]", error.Key);
        Assert.Contains(problem, error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void NodeGroups_AreReadWithDedication()
    {
        var config = ClusterFixtures.Config("""
            {"nodeGroups":[
              {"name":"general","instanceTypes":["m6i.large"],"minSize":"2","maxSize":"4"},
              {"name":"iris","instanceTypes":["r7g.xlarge"],"minSize":"3","maxSize":"6","desiredSize":"4","diskSizeGiB":"200","dedicatedTo":"iris"}]}
            """).Cluster;

        Assert.Equal(new NodeGroupSpec("general", ["m6i.large"], 2, 4, 2, 50, null), config.NodeGroups[0]);
        Assert.Equal(new NodeGroupSpec("iris", ["r7g.xlarge"], 3, 6, 4, 200, TierGroup.Iris), config.NodeGroups[1]);
        Assert.Equal("AL2023_x86_64_STANDARD", config.NodeGroups[0].AmiType);
        Assert.Equal("AL2023_ARM_64_STANDARD", config.NodeGroups[1].AmiType);
    }

    [Fact]
    public void NodeGroup_MinAboveMax_NamesTheKey()
    {
        var error = Assert.Single(ClusterFixtures.Errors("""{"nodeGroups":[{"name":"general","minSize":"5","maxSize":"2"}]}"""));

        Assert.Equal("iris-stack:cluster.nodeGroups[0].minSize", error.Key);
    }

    [Fact]
    public void NodeGroups_AllDedicated_IsRefusedBecauseAddOnsNeedAPlace()
    {
        var error = Assert.Single(ClusterFixtures.Errors("""{"nodeGroups":[{"name":"iris","dedicatedTo":"iris"}]}"""));

        Assert.Equal("iris-stack:cluster.nodeGroups", error.Key);
        Assert.Contains("dedicated", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void NodeGroup_MixedArchitectures_NamesTheKey()
    {
        var error = Assert.Single(ClusterFixtures.Errors("""{"nodeGroups":[{"name":"general","instanceTypes":["m6i.large","m7g.large"]}]}"""));

        Assert.Equal("iris-stack:cluster.nodeGroups[0].instanceTypes", error.Key);
    }

    [Fact]
    public void NodeGroup_A1Type_IsRefusedBecauseAl2023DoesNotSupportIt()
    {
        var errors = ClusterFixtures.Errors("""{"nodeGroups":[{"name":"general","instanceTypes":["m7g.large","a1.xlarge"]}]}""");

        var error = Assert.Single(errors, e => e.Key.StartsWith("iris-stack:cluster.nodeGroups", StringComparison.Ordinal));
        Assert.Equal("iris-stack:cluster.nodeGroups[0].instanceTypes[1]", error.Key);
        Assert.Contains("Amazon Linux 2023", error.Problem, StringComparison.Ordinal);
        Assert.Contains("m7g.large", error.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void SslPolicy_TheControllerDefault_IsRefused()
    {
        var error = Assert.Single(ClusterFixtures.Errors("""{"loadBalancerController":{"sslPolicy":"ELBSecurityPolicy-2016-08"}}"""));

        Assert.Equal("iris-stack:cluster.loadBalancerController.sslPolicy", error.Key);
        Assert.Contains(ElbSecurityPolicies.Recommended, error.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void InboundCidrs_OpenToTheWorld_IsRefused()
    {
        var error = Assert.Single(ClusterFixtures.Errors("""{"loadBalancerController":{"inboundCidrs":["0.0.0.0/0"]}}"""));

        Assert.Equal("iris-stack:cluster.loadBalancerController.inboundCidrs[0]", error.Key);
    }

    [Fact]
    public void InternetFacing_WithoutInboundCidrs_NamesTheKey()
    {
        var error = Assert.Single(ClusterFixtures.Errors("""{"loadBalancerController":{"scheme":"internetFacing"}}"""));

        Assert.Equal("iris-stack:cluster.loadBalancerController.inboundCidrs", error.Key);
    }

    [Fact]
    public void Namespaces_Shared_IsRefused()
    {
        var error = Assert.Single(ClusterFixtures.Errors("""{"namespaces":{"webGateway":{"name":"iris"}}}"""));

        Assert.Equal("iris-stack:cluster.namespaces", error.Key);
    }

    [Fact]
    public void Namespace_PrivilegedLevel_IsNotAChoice()
    {
        var error = Assert.Single(ClusterFixtures.Errors("""{"namespaces":{"iris":{"podSecurity":"privileged"}}}"""));

        Assert.Equal("iris-stack:cluster.namespaces.iris.podSecurity", error.Key);
        Assert.Contains("restricted, baseline", error.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownKey_SuggestsTheNearest()
    {
        var error = Assert.Single(ClusterFixtures.Errors("""{"kubernetesVersoin":"1.33"}"""));

        Assert.Equal("iris-stack:cluster.kubernetesVersoin", error.Key);
        Assert.Contains("kubernetesVersion", error.Fix, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("kubernetesVersion", "\"1.33.2\"")]
    [InlineData("controlPlaneLogRetentionDays", "\"100\"")]
    [InlineData("adminRoleArns", "[\"arn:aws:iam::123:user/bob\"]")]
    public void InvalidValue_NamesTheKey(string key, string json)
    {
        var error = Assert.Single(ClusterFixtures.Errors($$"""{"{{key}}":{{json}}}"""));

        Assert.StartsWith($"iris-stack:cluster.{key}", error.Key, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("m7g.large", true)]
    [InlineData("c6gn.xlarge", true)]
    [InlineData("t4g.medium", true)]
    [InlineData("m6i.large", false)]
    [InlineData("g5.xlarge", false)]
    [InlineData("r6id.2xlarge", false)]
    [InlineData("a1.large", true)]
    public void IsArmType_ReadsTheFamily(string type, bool arm) => Assert.Equal(arm, NodeGroupSpec.IsArmType(type));

    [Theory]
    [InlineData("ELBSecurityPolicy-TLS13-1-2-2021-06", true)]
    [InlineData("ELBSecurityPolicy-TLS13-1-3-2021-06", true)]
    [InlineData("ELBSecurityPolicy-FS-1-2-Res-2020-10", true)]
    [InlineData("ELBSecurityPolicy-TLS-1-2-2017-01", true)]
    [InlineData("ELBSecurityPolicy-2016-08", false)]
    [InlineData("ELBSecurityPolicy-TLS13-1-1-2021-06", false)]
    [InlineData("ELBSecurityPolicy-TLS-1-1-2017-01", false)]
    public void ElbPolicy_OnlyTls12AndNewerAreAccepted(string policy, bool accepted) =>
        Assert.Equal(accepted, ElbSecurityPolicies.IsTls12OrNewer(policy));

    [Fact]
    public void Reference_DocumentsEveryClusterKey()
    {
        var keys = StackConfigLoader.Reference().Select(d => d.Key).ToHashSet();

        Assert.Contains("iris-stack:cluster.endpointPublicAccessCidrs", keys);
        Assert.Contains("iris-stack:cluster.loadBalancerController.sslPolicy", keys);
        Assert.Contains("iris-stack:cluster.ports.irisSuperserver", keys);
        Assert.Contains("iris-stack:protectStatefulResources", keys);
    }
}
