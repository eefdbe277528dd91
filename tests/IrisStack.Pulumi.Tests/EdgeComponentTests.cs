using System.Collections.Immutable;
using Pulumi;
using Pulumi.Testing;

namespace IrisStack.Pulumi.Tests;

/// <summary>The edge component alone, as a platform engineer puts a WAF in front of a CloudFront distribution of their own.</summary>
public sealed class EdgeComponentTests
{
    private static readonly TestOptions Options = new() { ProjectName = "platform", StackName = "test", IsPreview = false };

    private static RecordingMocks Mocks() => new(_ => ["arn", "keyId", "name"]);

    [Fact]
    public async Task Edge_Alone_BuildsTheWafInUsEast1FromTheGivenPaths()
    {
        var mocks = Mocks();
        await Deployment.TestAsync(mocks, Options, () =>
        {
            _ = new Edge("edge", new EdgeArgs
            {
                Region = "eu-west-1",
                AccountId = "123456789012",
                AllowedPaths = ["/app/", "/csp/broker/cspbroker.js"],
                Waf = new WafArgs { RateLimit = 500, Geo = new WafGeoArgs { Mode = "allowList", Countries = ["DE", "FR"] } },
            });
        });

        // CLOUDFRONT-scoped web ACLs exist only in us-east-1, whatever region the component is given.
        var provider = mocks.Registered["edge-us-east-1"];
        Assert.Equal("pulumi:providers:aws", provider.Type);
        Assert.Equal("us-east-1", provider.Inputs["region"]);
        var webAcl = mocks.Registered["edge-waf"];
        Assert.Equal("CLOUDFRONT", webAcl.Inputs["scope"]);
        Assert.Contains("edge-us-east-1", webAcl.Provider, StringComparison.Ordinal);
        var rules = ((ImmutableArray<object>)webAcl.Inputs["rules"]).Cast<ImmutableDictionary<string, object>>().ToList();
        Assert.Equal(["geo", "rate-limit", "uri-allow-list"], rules.Select(r => (string)r["name"]).Take(3));
        var patterns = ((ImmutableArray<object>)mocks.Registered["edge-waf-allowed-paths"].Inputs["regularExpressions"]).Cast<ImmutableDictionary<string, object>>();
        Assert.Contains(patterns, p => ((string)p["regexString"]).Contains(@"^/csp/broker/cspbroker\.js$", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Edge_InvalidArgs_FailWithEveryProblemAndRegisterNothing()
    {
        var mocks = Mocks();
        var error = await Assert.ThrowsAnyAsync<Exception>(() => Deployment.TestAsync(mocks, Options, () =>
        {
            _ = new Edge("edge", new EdgeArgs
            {
                Region = "eu-west-1",
                AccountId = "123456789012",
                AllowedPaths = ["/app/*"],
                Waf = new WafArgs
                {
                    RateLimit = 5,
                    Geo = new WafGeoArgs { Countries = ["XX"] },
                    ManagedGroups = new() { ["AWSManagedRulesSQLiRuleSet"] = new WafManagedGroupArgs { Mode = "count" } },
                },
            });
        }));

        Assert.Contains("EdgeArgs.allowedPaths", error.Message, StringComparison.Ordinal);
        Assert.Contains("EdgeArgs.waf.rateLimit", error.Message, StringComparison.Ordinal);
        Assert.Contains("EdgeArgs.waf.geo.countries", error.Message, StringComparison.Ordinal);
        Assert.Contains("EdgeArgs.waf.managedGroups.AWSManagedRulesSQLiRuleSet", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, mocks.Count);
    }
}
