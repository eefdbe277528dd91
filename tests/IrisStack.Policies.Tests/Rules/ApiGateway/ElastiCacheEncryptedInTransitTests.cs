using IrisStack.Policies.Rules.ApiGateway;
using static IrisStack.Policies.Tests.Rules.ApiGateway.ApiGatewayFixture;

namespace IrisStack.Policies.Tests.Rules.ApiGateway;

public sealed class ElastiCacheEncryptedInTransitTests
{
    private readonly ElastiCacheEncryptedInTransit policy = new();

    [Fact]
    public void TlsRequired_IsCompliant() =>
        Assert.Equal(PolicyOutcome.Compliant, policy.Evaluate(Redis(), Context));

    [Fact]
    public void TlsModeUnset_IsCompliant() =>
        Assert.Equal(PolicyOutcome.Compliant, policy.Evaluate(Redis().With("transitEncryptionMode", null), Context));

    [Fact]
    public void RedisWithoutTls_IsFlagged() =>
        Fixtures.Outcomes.Single(policy.Evaluate(Redis().With("transitEncryptionEnabled", false), Context), RedisName, "transitEncryptionEnabled");

    [Fact]
    public void TransitEncryptionLeftToItsDefault_IsFlagged() =>
        Fixtures.Outcomes.Single(policy.Evaluate(Redis().With("transitEncryptionEnabled", null), Context), RedisName, "transitEncryptionEnabled");

    [Fact]
    public void PreferredMode_StillAcceptsPlainClients_IsFlagged() =>
        Assert.Contains("'preferred'", Fixtures.Outcomes.Single(policy.Evaluate(Redis().With("transitEncryptionMode", "preferred"), Context), RedisName, "transitEncryptionMode").Message, StringComparison.Ordinal);
}
