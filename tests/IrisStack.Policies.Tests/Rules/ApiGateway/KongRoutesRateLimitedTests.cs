using IrisStack.Policies.Rules.ApiGateway;
using YamlDotNet.RepresentationModel;
using static IrisStack.Policies.Tests.Rules.ApiGateway.ApiGatewayFixture;

namespace IrisStack.Policies.Tests.Rules.ApiGateway;

public sealed class KongRoutesRateLimitedTests
{
    private readonly KongRoutesRateLimited policy = new();

    private static YamlMappingNode GlobalLimit(YamlMappingNode root) => Plugin(root, "rate-limiting-advanced");

    [Fact]
    public void RenderedConfig_IsCompliant() =>
        Assert.Equal(PolicyOutcome.Compliant, policy.Evaluate(Secret(), Context));

    [Fact]
    public void WithoutTheGlobalLimit_EveryRouteWithoutItsOwn_IsFlagged()
    {
        var findings = Findings(policy.Evaluate(EditKongYml(root => RemovePlugin(root, "rate-limiting-advanced")), Context));

        Assert.Equal(6, findings.Count);
        Assert.All(findings, f => Assert.Contains("is not rate-limited", f.Message, StringComparison.Ordinal));
        Assert.Contains(findings, f => f.Message.Contains("route 'route-app' (/app/)", StringComparison.Ordinal));
        Assert.DoesNotContain(findings, f => f.Message.Contains("'route-api-app'", StringComparison.Ordinal));
    }

    [Fact]
    public void ARouteOwnLocalLimit_ReplacesTheGlobalOne_IsFlagged()
    {
        var outcome = policy.Evaluate(EditKongYml(root => Set(Map(Plugin(Route(root, "route-api-app"), "rate-limiting-advanced"), "config"), "strategy", "local")), Context);

        var finding = Fixtures.Outcomes.Single(outcome, SecretName, ApiGatewayResources.KongYmlProperty);
        Assert.Contains("route 'route-api-app'", finding.Message, StringComparison.Ordinal);
        Assert.Contains("strategy is 'local', not redis", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DisabledGlobalLimit_DoesNotCount() =>
        Assert.Equal(6, Findings(policy.Evaluate(EditKongYml(root => Set(GlobalLimit(root), "enabled", "false")), Context)).Count);

    [Fact]
    public void RedisWithoutTls_IsFlaggedOnTheRoutesItLimits()
    {
        var findings = Findings(policy.Evaluate(EditKongYml(root => Set(Map(GlobalLimit(root), "config", "redis"), "ssl", "false")), Context));

        Assert.Equal(6, findings.Count);
        Assert.All(findings, f => Assert.Contains("not reached over verified TLS", f.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void AServiceLimitInPlaceOfTheGlobalOne_CoversItsRoutes()
    {
        var moved = EditKongYml(root =>
        {
            var limit = GlobalLimit(root);
            RemovePlugin(root, "rate-limiting-advanced");
            Map(root, "services", 0).Children[new YamlScalarNode("plugins")] = new YamlSequenceNode(limit);
        });

        Assert.Equal(PolicyOutcome.Compliant, policy.Evaluate(moved, Context));
    }

    [Fact]
    public void AConsumerScopedLimit_CoversNobodyElse()
    {
        var scoped = EditKongYml(root => Set(GlobalLimit(root), "consumer", "partner-a"));

        Assert.Equal(6, Findings(policy.Evaluate(scoped, Context)).Count);
    }
}
