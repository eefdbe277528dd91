using IrisStack.Components.Config;
using IrisStack.Components.Edge;
using IrisStack.Components.Edge.Waf;
using IrisStack.Components.WebGateway;
using IrisStack.Stack;
using IrisStack.Tests.Shared;

namespace IrisStack.Components.Tests.Edge;

/// <summary>The edge sections proposed for the dev and prod stack files once the stacks build CloudFront and the ALB, and one with every setting, read as intended from YAML.</summary>
public sealed class EdgeStackFileTests
{
    private const string Dev = """
        config:
          iris-stack:edge:
            waf:
              rateLimit: 2000
              rateWindowSeconds: 300
              logRetentionDays: 30
              logOnlyBlockedAndCounted: true
            cloudFront:
              aliases: [dev.iris.example.com]
              certificateArn: arn:aws:acm:us-east-1:123456789012:certificate/0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b
            alb:
              certificateArn: arn:aws:acm:eu-west-1:123456789012:certificate/11111111-2222-3333-4444-555555555555
              originFacingPrefixListId: pl-4fa04526
              accessLogRetentionDays: 30
        """;

    private const string Prod = """
        config:
          iris-stack:edge:
            waf:
              rateLimit: 2000
              rateWindowSeconds: 300
              logRetentionDays: 365
              logOnlyBlockedAndCounted: false
            cloudFront:
              aliases: [iris.example.com]
              certificateArn: arn:aws:acm:us-east-1:123456789012:certificate/0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b
            alb:
              certificateArn: arn:aws:acm:eu-west-1:123456789012:certificate/66666666-7777-8888-9999-000000000000
              originFacingPrefixListId: pl-4fa04526
              accessLogRetentionDays: 400
        """;

    private const string EverySetting = """
        config:
          iris-stack:edge:
            waf:
              ipBlockList: ["203.0.113.0/24", "2001:db8::/32"]
              rateLimit: 1000
              rateWindowSeconds: 300
              geo:
                mode: denyList
                countries: [KP]
              managedGroups:
                AWSManagedRulesCommonRuleSet:
                  mode: count
                  reason: "tuning false positives on /api/app/ until 2027-01-31"
              logRetentionDays: 365
              logOnlyBlockedAndCounted: false
        """;

    private static EdgeConfig Read(string stack, string yaml)
    {
        using var project = TempProject.With(stack, yaml);
        var reader = new ConfigReader(new StackFileConfigSource(project.Path, stack).Read());
        var config = EdgeConfig.Read(reader.Namespace(ConfigReader.ProjectNamespace).Section("edge", "The edge layer"), WebGatewayDefaults.AllowedPaths, "iris-stack:webGateway.allowedPaths", "eu-west-1", stack == "prod");
        reader.ThrowIfInvalid();
        return config;
    }

    [Fact]
    public void Dev_ShortRetention_OnlyBlockedAndCountedLogged()
    {
        var waf = Read("dev", Dev).Waf;
        Assert.Equal((2000, 300, 30, true, null), (waf.RateLimit, waf.RateWindowSeconds, waf.LogRetentionDays, waf.LogOnlyBlockedAndCounted, waf.Geo));
    }

    [Fact]
    public void Prod_AYearOfLogs_EveryRequestLogged_EveryGroupBlocking()
    {
        var waf = Read("prod", Prod).Waf;
        Assert.Equal((2000, 365, false), (waf.RateLimit, waf.LogRetentionDays, waf.LogOnlyBlockedAndCounted));
        Assert.All(waf.ManagedGroups, g => Assert.Equal(ManagedRuleGroupMode.Block, g.Mode));
    }

    [Fact]
    public void DevAlb_ShortLogRetention_NoDeletionProtection()
    {
        var alb = Read("dev", Dev).Alb!;
        Assert.Equal((30, false, "ELBSecurityPolicy-TLS13-1-2-2021-06"), (alb.AccessLogRetentionDays, alb.DeletionProtection, alb.SslPolicy));
    }

    [Fact]
    public void ProdAlb_LongerLogRetention_DeletionProtectedByTheStacksProtection()
    {
        var alb = Read("prod", Prod).Alb!;
        Assert.Equal((400, true), (alb.AccessLogRetentionDays, alb.DeletionProtection));
    }

    [Fact]
    public void EverySetting_BlockListGeoAndACountedGroupWithItsReason()
    {
        var waf = Read("full", EverySetting).Waf;
        Assert.Equal(new IpBlockList(["203.0.113.0/24"], ["2001:db8::/32"]), waf.IpBlockList);
        Assert.Equal(new GeoRestriction(GeoMatchMode.DenyList, ["KP"]), waf.Geo);
        Assert.Equal("tuning false positives on /api/app/ until 2027-01-31", waf.ManagedGroups.Single(g => g.Name == WafManagedGroups.CommonRuleSet).CountReason);
        Assert.Equal((1000, 365, false), (waf.RateLimit, waf.LogRetentionDays, waf.LogOnlyBlockedAndCounted));
    }
}
