using IrisStack.Policies.Rules.ApiGateway;
using static IrisStack.Policies.Tests.Rules.ApiGateway.ApiGatewayFixture;

namespace IrisStack.Policies.Tests.Rules.ApiGateway;

public sealed class ElastiCacheMultiAzTests
{
    private readonly ElastiCacheMultiAz policy = new();

    private static Components.Graph.ResourceNode SingleNode() =>
        Redis().With("numCacheClusters", 1).With("automaticFailoverEnabled", false).With("multiAzEnabled", false);

    [Fact]
    public void MultiAzWithFailover_IsCompliant_OnAnHaStack() =>
        Assert.Equal(PolicyOutcome.Compliant, policy.Evaluate(Redis(), HaContext));

    [Fact]
    public void ASingleNode_IsFine_WhereTheStackIsThrowAway() =>
        Assert.Equal(PolicyOutcome.Compliant, policy.Evaluate(SingleNode(), Context));

    [Fact]
    public void ASingleNode_IsFlagged_OnAnHaStack()
    {
        var findings = Assert.IsType<PolicyOutcome.ViolationsOutcome>(policy.Evaluate(SingleNode(), HaContext)).Findings;

        Assert.Equal(["automaticFailoverEnabled", "multiAzEnabled", "numCacheClusters"], findings.Select(f => f.Property));
    }

    [Fact]
    public void FailoverWithoutMultiAz_IsFlagged_OnAnHaStack() =>
        Fixtures.Outcomes.Single(policy.Evaluate(Redis().With("multiAzEnabled", null), HaContext), RedisName, "multiAzEnabled");
}
