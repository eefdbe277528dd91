using IrisStack.Components.Graph;

namespace IrisStack.Components.Tests.Cluster;

public class ClusterNodeGroupTests
{
    private const string TwoGroups = """
        {"nodeGroups":[
          {"name":"general","instanceTypes":["m6i.large"],"minSize":"2","maxSize":"4","diskSizeGiB":"60"},
          {"name":"iris","instanceTypes":["r6i.xlarge"],"minSize":"3","maxSize":"3","dedicatedTo":"iris"}]}
        """;

    private static readonly ResourceGraph Graph = ClusterFixtures.Build(TwoGroups).Graph;

    [Fact]
    public void EachGroup_IsAManagedNodeGroupInThePrivateSubnets_WithItsOwnLaunchTemplate()
    {
        var groups = Graph.OfType("eks:index:ManagedNodeGroup").ToList();

        Assert.Equal(["cluster-nodes-general", "cluster-nodes-iris"], groups.Select(g => g.Name));
        Assert.All(groups, g => Assert.Equal(NodeKind.RemoteComponent, g.Kind));
        Assert.All(groups, g => Assert.Equal(new ResourceReference("cluster-eks"), g.Input("cluster")));
        Assert.All(groups, g => Assert.Equal(new OutputReference("cluster-node-role", "arn"), g.Input("nodeRoleArn")));
        Assert.All(groups, g => Assert.Equal(
            ["network-private-eu-west-1a", "network-private-eu-west-1b", "network-private-eu-west-1c"],
            Assert.IsType<ListValue>(g.Input("subnetIds")).Items.Cast<OutputReference>().Select(r => r.Node)));
        Assert.Equal(new OutputReference("cluster-nodes-iris-lt", "id"), groups[1].Input("launchTemplate.id"));
        Assert.Equal(InterpolationValue.Of(new OutputReference("cluster-nodes-iris-lt", "latestVersion")), groups[1].Input("launchTemplate.version"));
    }

    [Fact]
    public void Scaling_ComesFromConfig()
    {
        var general = Graph["cluster-nodes-general"];

        Assert.Equal(["m6i.large"], ClusterFixtures.Texts(general.Input("instanceTypes")));
        Assert.Equal(new NumberValue(2), general.Input("scalingConfig.minSize"));
        Assert.Equal(new NumberValue(4), general.Input("scalingConfig.maxSize"));
        Assert.Equal(new NumberValue(2), general.Input("scalingConfig.desiredSize"));
        Assert.Equal("AL2023_x86_64_STANDARD", ClusterFixtures.Text(general.Input("amiType")));
    }

    [Fact]
    public void LaunchTemplate_RequiresImdsV2WithHopLimitOne()
    {
        var template = Graph["cluster-nodes-general-lt"];

        Assert.Equal("aws:ec2/launchTemplate:LaunchTemplate", template.Type);
        Assert.Equal("required", ClusterFixtures.Text(template.Input("metadataOptions.httpTokens")));
        Assert.Equal(new NumberValue(1), template.Input("metadataOptions.httpPutResponseHopLimit"));
        Assert.Equal("enabled", ClusterFixtures.Text(template.Input("metadataOptions.httpEndpoint")));
    }

    [Fact]
    public void LaunchTemplate_EncryptsTheGp3RootVolumeWithTheClusterKey()
    {
        var mapping = ClusterFixtures.Map(Assert.Single(Assert.IsType<ListValue>(Graph["cluster-nodes-general-lt"].Input("blockDeviceMappings")).Items));
        var ebs = ClusterFixtures.Map(mapping["ebs"]);

        Assert.Equal("/dev/xvda", ClusterFixtures.Text(mapping["deviceName"]));
        Assert.Equal("true", ClusterFixtures.Text(ebs["encrypted"]));
        Assert.Equal("gp3", ClusterFixtures.Text(ebs["volumeType"]));
        Assert.Equal(new NumberValue(60), ebs["volumeSize"]);
        Assert.Equal(new OutputReference("cluster-key", "arn"), ebs["kmsKeyId"]);
    }

    [Fact]
    public void NoSshAccess_NoKeyPairNoRemoteAccess()
    {
        Assert.All(Graph.OfType("aws:ec2/launchTemplate:LaunchTemplate"), t => Assert.Null(t.Input("keyName")));
        Assert.All(Graph.OfType("eks:index:ManagedNodeGroup"), g => Assert.Null(g.Input("remoteAccess")));
    }

    [Fact]
    public void DedicatedGroup_IsLabelledAndTainted_SharedGroupIsNot()
    {
        var iris = Graph["cluster-nodes-iris"];
        var taint = ClusterFixtures.Map(Assert.Single(Assert.IsType<ListValue>(iris.Input("taints")).Items));

        Assert.Equal("iris", ClusterFixtures.Text(ClusterFixtures.Map(iris.Input("labels"))["iris-stack/dedicated"]));
        Assert.Equal("iris-stack/dedicated", ClusterFixtures.Text(taint["key"]));
        Assert.Equal("iris", ClusterFixtures.Text(taint["value"]));
        Assert.Equal("NO_SCHEDULE", ClusterFixtures.Text(taint["effect"]));
        Assert.Null(Graph["cluster-nodes-general"].Input("taints"));
        Assert.Null(ClusterFixtures.Map(Graph["cluster-nodes-general"].Input("labels"))["iris-stack/dedicated"]);
    }

    [Fact]
    public void NodeGroups_WaitForTheRoleAttachmentsAndTheNetworkingAddons()
    {
        var dependsOn = Graph["cluster-nodes-general"].Options.DependsOn.AsEnumerable();

        Assert.Equal(["cluster-node-role-attachment-0", "cluster-node-role-attachment-1", "cluster-addon-vpc-cni", "cluster-addon-kube-proxy"], dependsOn);
    }
}
