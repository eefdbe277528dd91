using IrisStack.Components.Graph;
using IrisStack.Policies.Rules.ApiGateway;
using static IrisStack.Policies.Tests.Rules.ApiGateway.ApiGatewayFixture;

namespace IrisStack.Policies.Tests.Rules.ApiGateway;

public sealed class ElastiCacheAuthTests
{
    private readonly ElastiCacheAuth policy = new();

    [Fact]
    public void AnAuthTokenFromASecret_IsCompliant() =>
        Assert.Equal(PolicyOutcome.Compliant, policy.Evaluate(Redis(), Context));

    [Fact]
    public void RbacUserGroupsInsteadOfAToken_AreCompliant() =>
        Assert.Equal(PolicyOutcome.Compliant, policy.Evaluate(Redis().With("authToken", null).With("userGroupIds", ListValue.Of(new OutputReference("apigateway-redis-users", "id"))), Context));

    [Fact]
    public void NoAuthentication_IsFlagged() =>
        Fixtures.Outcomes.Single(policy.Evaluate(Redis().With("authToken", null), Context), RedisName, "authToken");

    [Fact]
    public void AnEmptyToken_IsFlagged() =>
        Fixtures.Outcomes.Single(policy.Evaluate(Redis().With("authToken", ""), Context), RedisName, "authToken");
}
