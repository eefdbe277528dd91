using IrisStack.Components.Cluster;
using IrisStack.Components.Data;
using IrisStack.Components.WebGateway;

namespace IrisStack.Components.Tests.Data;

public sealed class IrisClusterNamesTests
{
    [Fact]
    public void Unmirrored_OneDataPod_NoArbiter()
    {
        var names = new IrisClusterNames("iris", "iris", Mirrored: false, ComputeReplicas: 2);
        Assert.Equal<string>(["iris-data-0"], names.DataPods);
        Assert.Equal<string>(["iris-compute-0", "iris-compute-1"], names.ComputePods);
        Assert.Empty(names.ArbiterPods);
    }

    [Fact]
    public void Mirrored_TwoMembersAndAnArbiter()
    {
        var names = new IrisClusterNames("prod", "iris-data", Mirrored: true, ComputeReplicas: 0);
        Assert.Equal<string>(["prod-data-0-0", "prod-data-0-1"], names.DataPods);
        Assert.Equal<string>(["prod-arbiter-0"], names.ArbiterPods);
        Assert.Equal("prod-data-0-1.iris-svc.iris-data.svc.cluster.local", names.Host(names.DataPods[1]));
    }

    [Fact]
    public void Default_LivesInTheClusterLayersIrisNamespace_AndIsTheWebGatewaysDefaultServer()
    {
        var clusterDefault = ClusterConfig.Read(Components.Config.ConfigReader.EmptySection("cluster")).TierNamespaces.Iris;
        Assert.Equal(clusterDefault, IrisClusterNames.Default.Namespace);
        Assert.Equal<string>(IrisClusterNames.Default.ComputeHosts, IrisConnection.DefaultServers);
    }
}
