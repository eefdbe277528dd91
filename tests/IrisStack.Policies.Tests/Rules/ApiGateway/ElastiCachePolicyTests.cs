using System.Text.Json;
using IrisStack.Components.Graph;
using IrisStack.Policies.Rules.ApiGateway;
using IrisStack.Tests.Shared;

namespace IrisStack.Policies.Tests.Rules.ApiGateway;

/// <summary>What every ElastiCache policy shares: compliant on the fixture's Redis, not applicable to other types, and reading the provider's own input names.</summary>
public sealed class ElastiCachePolicyTests
{
    private static readonly ResourcePolicy[] All =
    [
        new ElastiCacheEncryptedInTransit(), new ElastiCacheEncryptedAtRestCmk(), new ElastiCacheAuth(), new ElastiCacheMultiAz(), new ElastiCacheBackups(),
    ];

    public static TheoryData<ResourcePolicy> Policies => [.. All];

    [Theory]
    [MemberData(nameof(Policies))]
    public void TheFixturesRedis_IsCompliant_OnAnHaStack(ResourcePolicy policy) =>
        Assert.Equal(PolicyOutcome.Compliant, policy.Evaluate(ApiGatewayFixture.Redis(), ApiGatewayFixture.HaContext));

    [Theory]
    [MemberData(nameof(Policies))]
    public void OtherTypes_NotApplicable(ResourcePolicy policy)
    {
        Assert.Equal(PolicyOutcome.NotApplicable, policy.Evaluate(ApiGatewayFixture.Secret(), ApiGatewayFixture.HaContext));
        Assert.Equal(PolicyOutcome.NotApplicable, policy.Evaluate(new ResourceNode("aws:elasticache/cluster:Cluster", "memcached", NodeKind.Custom, null, MapValue.Empty, ResourceOptions.None), ApiGatewayFixture.HaContext));
    }

    [Fact]
    public void TheInputsReadAndFlagged_AreThoseOfThePulumiAwsSchema()
    {
        using var schema = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, "tests", "IrisStack.Components.Tests", "Schema", "pulumi-schema.json")));
        var inputs = schema.RootElement.GetProperty("resources").GetProperty(ApiGatewayResources.ReplicationGroupType).GetProperty("inputs").EnumerateObject().Select(p => p.Name).ToHashSet();
        var empty = new ResourceNode(ApiGatewayResources.ReplicationGroupType, "bare", NodeKind.Custom, null, MapValue.Empty, ResourceOptions.None);

        var flagged = All.SelectMany(p => ApiGatewayFixture.Findings(p.Evaluate(empty, ApiGatewayFixture.HaContext))).Select(f => f.Property).ToList();

        Assert.Equal(8, flagged.Count);
        Assert.All(flagged, property => Assert.Contains(property, inputs));
        Assert.All(ApiGatewayFixture.Redis().Inputs.Entries.Keys, input => Assert.Contains(input, inputs));
    }
}
