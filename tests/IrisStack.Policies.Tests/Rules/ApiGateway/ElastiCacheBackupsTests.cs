using IrisStack.Policies.Rules.ApiGateway;
using static IrisStack.Policies.Tests.Rules.ApiGateway.ApiGatewayFixture;

namespace IrisStack.Policies.Tests.Rules.ApiGateway;

public sealed class ElastiCacheBackupsTests
{
    private readonly ElastiCacheBackups policy = new();

    [Fact]
    public void SnapshotsKept_IsCompliant() =>
        Assert.Equal(PolicyOutcome.Compliant, policy.Evaluate(Redis(), Context));

    [Fact]
    public void RetentionZero_IsFlagged() =>
        Assert.Contains("snapshotRetentionLimit is 0", Fixtures.Outcomes.Single(policy.Evaluate(Redis().With("snapshotRetentionLimit", 0), Context), RedisName, "snapshotRetentionLimit").Message, StringComparison.Ordinal);

    [Fact]
    public void RetentionUnset_IsFlagged() =>
        Assert.Contains("unset (0)", Fixtures.Outcomes.Single(policy.Evaluate(Redis().With("snapshotRetentionLimit", null), Context), RedisName, "snapshotRetentionLimit").Message, StringComparison.Ordinal);
}
