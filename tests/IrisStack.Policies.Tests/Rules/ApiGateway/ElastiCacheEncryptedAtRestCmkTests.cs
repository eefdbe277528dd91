using IrisStack.Policies.Rules.ApiGateway;
using static IrisStack.Policies.Tests.Rules.ApiGateway.ApiGatewayFixture;

namespace IrisStack.Policies.Tests.Rules.ApiGateway;

public sealed class ElastiCacheEncryptedAtRestCmkTests
{
    private readonly ElastiCacheEncryptedAtRestCmk policy = new();

    [Fact]
    public void EncryptedWithTheStacksKey_IsCompliant() =>
        Assert.Equal(PolicyOutcome.Compliant, policy.Evaluate(Redis(), Context));

    [Fact]
    public void NotEncryptedAtRest_IsFlagged() =>
        Fixtures.Outcomes.Single(policy.Evaluate(Redis().With("atRestEncryptionEnabled", false), Context), RedisName, "atRestEncryptionEnabled");

    [Fact]
    public void TheAwsOwnedKey_IsFlagged() =>
        Fixtures.Outcomes.Single(policy.Evaluate(Redis().With("kmsKeyId", null), Context), RedisName, "kmsKeyId");
}
