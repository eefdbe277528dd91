using IrisStack.Tests.Shared;

namespace IrisStack.Cli.Tests.Cluster;

public sealed class ClusterPreviewTests : IDisposable
{
    private readonly DirectoryInfo output = Directory.CreateTempSubdirectory("irisstack-cluster-preview-");

    public static TheoryData<string> Stacks => ["dev", "prod"];

    [Theory]
    [MemberData(nameof(Stacks))]
    public async Task Preview_ShowsTheClusterSubtree_AndPasses(string stack)
    {
        var (exit, stdout) = await Preview(stack);

        Assert.Equal(CliApp.Ok, exit);
        Assert.Contains("iris:network:Network", stdout, StringComparison.Ordinal);
        Assert.Matches("[├└]─ iris:cluster:Cluster", stdout);
        Assert.Contains("├─ eks:index:Cluster", stdout, StringComparison.Ordinal);
        Assert.Contains("eks:index:ManagedNodeGroup", stdout, StringComparison.Ordinal);
        Assert.Contains("kubernetes:networking.k8s.io/v1:NetworkPolicy", stdout, StringComparison.Ordinal);
        Assert.Contains("kubernetes:helm.sh/v3:Release", stdout, StringComparison.Ordinal);
        Assert.Contains("PASSED", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Preview_WritesTheTierManifests()
    {
        var (exit, _) = await Preview("prod");

        Assert.Equal(CliApp.Ok, exit);
        var manifests = Directory.GetFiles(Path.Combine(output.FullName, "k8s"), "*.yaml", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(output.FullName, f).Replace('\\', '/')).Order(StringComparer.Ordinal).ToList();
        // The cluster layer's objects: every NetworkPolicy, and the rest outside the workloads' namespaces.
        string[] workloads = ["k8s/iris-web-gateway/", "k8s/iris/"];
        var clusterLayer = manifests.Where(m => !m.Contains("iris-operator", StringComparison.Ordinal) && !m.Contains("/targetgroupbinding-", StringComparison.Ordinal))
            .Where(m => !workloads.Any(w => m.StartsWith(w, StringComparison.Ordinal)) || m.Contains("/networkpolicy-", StringComparison.Ordinal));
        Assert.Equal(22, clusterLayer.Count());
        Assert.Contains("k8s/cluster/storageclass-gp3-encrypted.yaml", manifests);
        // The edge's binding of its ALB target group to the API gateway's proxy Service.
        Assert.Contains("k8s/iris-api-gateway/targetgroupbinding-apigateway-alb.yaml", manifests);
        Assert.Contains("k8s/iris/networkpolicy-default-deny-all.yaml", manifests);
        Assert.Contains("kmsKeyId: ${cluster-key.arn}", await File.ReadAllTextAsync(Path.Combine(output.FullName, "k8s/cluster/storageclass-gp3-encrypted.yaml")), StringComparison.Ordinal);
    }

    public void Dispose() => output.Delete(recursive: true);

    private async Task<(int Exit, string Stdout)> Preview(string stack)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = await CliApp.RunAsync(["preview", "--stack", stack, "--cwd", RepoPaths.Root, "--out", output.FullName, "--no-color"], stdout, stderr);
        return (exit, stdout + stderr.ToString());
    }
}
