using IrisStack.Components.Config;
using IrisStack.Components.Edge;
using IrisStack.Components.Edge.Waf;
using IrisStack.Components.WebGateway;
using IrisStack.Stack;
using IrisStack.Tests.Shared;

namespace IrisStack.Components.Tests.Edge;

/// <summary>The edge sections of the dev and prod stack files, and one with every setting, read as intended from YAML.</summary>
public sealed class EdgeStackFileTests
{
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

    private static EdgeConfig Read(string stack) => Read(stack, RepoPaths.Root);

    private static EdgeConfig ReadYaml(string stack, string yaml)
    {
        using var project = TempProject.With(stack, yaml);
        return Read(stack, project.Path);
    }

    private static EdgeConfig Read(string stack, string folder)
    {
        var reader = new ConfigReader(new StackFileConfigSource(folder, stack).Read());
        var config = EdgeConfig.Read(reader.Namespace(ConfigReader.ProjectNamespace).Section("edge", "The edge layer"), WebGatewayDefaults.AllowedPaths, "iris-stack:webGateway.allowedPaths", "eu-west-1", stack == "prod");
        reader.ThrowIfInvalid();
        return config;
    }

    [Fact]
    public void Dev_ShortRetention_OnlyBlockedAndCountedLogged()
    {
        var waf = Read("dev").Waf;
        Assert.Equal((2000, 300, 30, true, null), (waf.RateLimit, waf.RateWindowSeconds, waf.LogRetentionDays, waf.LogOnlyBlockedAndCounted, waf.Geo));
    }

    [Fact]
    public void Prod_AYearOfLogs_EveryRequestLogged_EveryGroupBlocking()
    {
        var waf = Read("prod").Waf;
        Assert.Equal((2000, 365, false), (waf.RateLimit, waf.LogRetentionDays, waf.LogOnlyBlockedAndCounted));
        Assert.All(waf.ManagedGroups, g => Assert.Equal(ManagedRuleGroupMode.Block, g.Mode));
    }

    [Fact]
    public void DevAlb_ShortLogRetention_NoDeletionProtection()
    {
        var alb = Read("dev").Alb!;
        Assert.Equal((30, false, "ELBSecurityPolicy-TLS13-1-2-2021-06"), (alb.AccessLogRetentionDays, alb.DeletionProtection, alb.SslPolicy));
    }

    [Fact]
    public void ProdAlb_LongerLogRetention_DeletionProtectedByTheStacksProtection()
    {
        var alb = Read("prod").Alb!;
        Assert.Equal((400, true), (alb.AccessLogRetentionDays, alb.DeletionProtection));
    }

    [Fact]
    public void EverySetting_BlockListGeoAndACountedGroupWithItsReason()
    {
        var waf = ReadYaml("full", EverySetting).Waf;
        Assert.Equal(new IpBlockList(["203.0.113.0/24"], ["2001:db8::/32"]), waf.IpBlockList);
        Assert.Equal(new GeoRestriction(GeoMatchMode.DenyList, ["KP"]), waf.Geo);
        Assert.Equal("tuning false positives on /api/app/ until 2027-01-31", waf.ManagedGroups.Single(g => g.Name == WafManagedGroups.CommonRuleSet).CountReason);
        Assert.Equal((1000, 365, false), (waf.RateLimit, waf.LogRetentionDays, waf.LogOnlyBlockedAndCounted));
    }
}
