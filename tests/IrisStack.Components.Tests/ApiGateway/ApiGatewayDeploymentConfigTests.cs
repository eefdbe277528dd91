using static IrisStack.Components.Tests.ApiGateway.ApiGatewaySections;

namespace IrisStack.Components.Tests.ApiGateway;

/// <summary>The workload and managed-Redis keys of iris-stack:apiGateway: each bad input names its key.</summary>
public sealed class ApiGatewayDeploymentConfigTests
{
    private static System.Text.Json.Nodes.JsonObject WithRedis(string extra) =>
        Section(("redis", Json($$"""{"authToken": "redis-token-1-abcdefgh", {{extra}}}""")));

    [Theory]
    [InlineData("containers.intersystems.com/intersystems/iam")]
    [InlineData("containers.intersystems.com/intersystems/iam:latest")]
    public void Image_WithoutATag_NamesTheKey(string image) =>
        Assert.Contains($"{Key}.workload.image: '{image}' is not an image pinned to a tag or digest",
            Error(Section(("workload", Json($$"""{"image": "{{image}}"}""")))), StringComparison.Ordinal);

    [Fact]
    public void Image_PinnedToADigest_IsAccepted() =>
        Assert.EndsWith("@sha256:" + new string('a', 64),
            Read(Section(("workload", Json($$"""{"image": "containers.intersystems.com/intersystems/iam@sha256:{{new string('a', 64)}}"}""")))).Workload.Image, StringComparison.Ordinal);

    [Fact]
    public void Replicas_BelowOne_NamesTheKey() =>
        Assert.Contains($"{Key}.workload.replicas:", Error(Section(("workload", Json("""{"replicas": 0}""")))), StringComparison.Ordinal);

    [Fact]
    public void DisruptionBudget_NotBelowReplicas_NamesTheKey() =>
        Assert.Contains($"{Key}.workload.disruptionBudgetMinAvailable: 3 is not below replicas (3)",
            Error(Section(("workload", Json("""{"replicas": 3, "disruptionBudgetMinAvailable": 3}""")))), StringComparison.Ordinal);

    [Fact]
    public void OneReplica_HasNoBudgetByDefault() =>
        Assert.Equal(0, Read(Section(("workload", Json("""{"replicas": 1}""")))).Workload.DisruptionBudgetMinAvailable);

    [Fact]
    public void MultiAz_WithOneNode_NamesTheKey() =>
        Assert.Contains($"{Key}.redis.multiAz: is true with a single node", Error(WithRedis("\"numCacheClusters\": 1")), StringComparison.Ordinal);

    [Fact]
    public void SingleNode_WithoutMultiAz_HasNoFailover()
    {
        var cluster = Read(WithRedis("\"numCacheClusters\": 1, \"multiAz\": false")).Redis.Cluster;

        Assert.False(cluster.AutomaticFailover);
        Assert.False(cluster.MultiAz);
    }

    [Theory]
    [InlineData("\"engineVersion\": \"6.2\"", "redis.engineVersion")]
    [InlineData("\"engineVersion\": \"7\"", "redis.engineVersion")]
    [InlineData("\"nodeType\": \"t4g.small\"", "redis.nodeType")]
    [InlineData("\"numCacheClusters\": 0", "redis.numCacheClusters")]
    [InlineData("\"snapshotRetentionDays\": 36", "redis.snapshotRetentionDays")]
    [InlineData("\"logRetentionDays\": 2", "redis.logRetentionDays")]
    [InlineData("\"host\": \"redis.example.com\"", "redis.host")]
    public void BadRedisSetting_NamesTheKey(string entry, string key) =>
        Assert.Contains($"{Key}.{key}:", Error(WithRedis(entry)), StringComparison.Ordinal);

    [Theory]
    [InlineData("short-token")]
    [InlineData("token-with-an-@-sign-inside")]
    public void AuthToken_ElastiCacheRefuses_NamesTheKey(string token) =>
        Assert.Contains($"{Key}.redis.authToken:",
            Error(Section(("redis", Json($$"""{"authToken": "{{token}}"}""")))), StringComparison.Ordinal);
}
