using System.Text.Json.Nodes;
using IrisStack.Components.Edge.Waf;
using static IrisStack.Components.Tests.Edge.EdgeSections;

namespace IrisStack.Components.Tests.Edge;

public sealed class WafConfigTests
{
    [Fact]
    public void Defaults_NoBlockList_NoGeo_EveryBaselineGroupBlocking()
    {
        var waf = Read([]).Waf;
        Assert.Equal((2000, 300, 365, false), (waf.RateLimit, waf.RateWindowSeconds, waf.LogRetentionDays, waf.LogOnlyBlockedAndCounted));
        Assert.Null(waf.Geo);
        Assert.Empty(waf.IpBlockList.Ipv4);
        Assert.Equal(WafManagedGroups.Baseline, waf.ManagedGroups.Select(g => g.Name));
        Assert.All(waf.ManagedGroups, g => Assert.Equal((ManagedRuleGroupMode.Block, null, null), (g.Mode, g.Version, g.CountReason)));
        Assert.Equal(waf, WafConfig.Default);
        Assert.Equal("iris-stack:edge.waf.rateLimit", waf.Settings.KeyOf("rateLimit"));
    }

    [Fact]
    public void IpBlockList_SplitsByFamily_InCanonicalForm()
    {
        var waf = Read(new JsonObject { ["ipBlockList"] = new JsonArray("203.0.113.0/24", "2001:DB8::/32", "198.51.100.7/32") }).Waf;
        Assert.Equal(["203.0.113.0/24", "198.51.100.7/32"], waf.IpBlockList.Ipv4.AsEnumerable());
        Assert.Equal(["2001:db8::/32"], waf.IpBlockList.Ipv6.AsEnumerable());
    }

    [Theory]
    [InlineData("203.0.113.0", "is not a CIDR block")]
    [InlineData("203.0.113.1/24", "has host bits set")]
    [InlineData("evil.example.com/24", "does not start with a valid IPv4 address")]
    [InlineData("0.0.0.0/0", "prefix /0")]
    [InlineData("2001:db8::1/32", "host bits set")]
    [InlineData("2001:db8::/129", "invalid prefix length")]
    [InlineData("::/0", "prefix /0")]
    [InlineData("2001:db8::", "is not an IPv4 or IPv6 CIDR block")]
    public void IpBlockList_EntryNotACidr_NamesTheEntry(string entry, string problem)
    {
        var error = Error(new JsonObject { ["ipBlockList"] = new JsonArray("203.0.113.0/24", entry) });
        var only = Assert.Single(error.Errors);
        Assert.Equal("iris-stack:edge.waf.ipBlockList[1]", only.Key);
        Assert.Contains(problem, only.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(9, "9 is below 10, the lowest limit an AWS WAF rate-based rule accepts.")]
    [InlineData(0, "0 is below 10")]
    public void RateLimit_BelowTheAwsMinimum_NamesTheKey(int limit, string problem)
    {
        var only = Assert.Single(Error(new JsonObject { ["rateLimit"] = limit.ToString(System.Globalization.CultureInfo.InvariantCulture) }).Errors);
        Assert.Equal("iris-stack:edge.waf.rateLimit", only.Key);
        Assert.StartsWith(problem, only.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void RateLimit_AtTheMinimum_IsAccepted() =>
        Assert.Equal(10, Read(new JsonObject { ["rateLimit"] = "10" }).Waf.RateLimit);

    [Theory]
    [InlineData("60", true)]
    [InlineData("600", true)]
    [InlineData("30", false)]
    [InlineData("900", false)]
    public void RateWindow_OnlyTheValuesAwsAccepts(string window, bool accepted)
    {
        var waf = new JsonObject { ["rateWindowSeconds"] = window };
        if (accepted)
        {
            Assert.Equal(int.Parse(window, System.Globalization.CultureInfo.InvariantCulture), Read(waf).Waf.RateWindowSeconds);
        }
        else
        {
            Assert.Equal("iris-stack:edge.waf.rateWindowSeconds", Assert.Single(Error(waf).Errors).Key);
        }
    }

    [Fact]
    public void Geo_AllowList_KeepsTheCountries()
    {
        var geo = Read(new JsonObject { ["geo"] = new JsonObject { ["mode"] = "allowList", ["countries"] = new JsonArray("DE", "FR") } }).Waf.Geo;
        Assert.Equal(new GeoRestriction(GeoMatchMode.AllowList, ["DE", "FR"]), geo);
    }

    [Theory]
    [InlineData("UK", "'UK' is not an ISO 3166-1 alpha-2 country code")]
    [InlineData("DEU", "'DEU' is not an ISO 3166-1 alpha-2 country code")]
    [InlineData("EU", "'EU' is not an ISO 3166-1 alpha-2 country code")]
    [InlineData("de", "must be written in upper case (DE)")]
    public void Geo_CodeNotAlpha2_NamesTheEntry(string code, string problem)
    {
        var error = Error(new JsonObject { ["geo"] = new JsonObject { ["mode"] = "denyList", ["countries"] = new JsonArray("KP", code) } });
        var only = Assert.Single(error.Errors);
        Assert.Equal("iris-stack:edge.waf.geo.countries[1]", only.Key);
        Assert.Contains(problem, only.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Geo_WithoutModeOrCountries_NamesBothKeys()
    {
        var error = Error(new JsonObject { ["geo"] = new JsonObject() });
        Assert.Equal(["iris-stack:edge.waf.geo.mode", "iris-stack:edge.waf.geo.countries"], error.Errors.Select(e => e.Key));
    }

    [Fact]
    public void ManagedGroup_CountWithAReason_AndAVersionPin()
    {
        var waf = Read(new JsonObject
        {
            ["managedGroups"] = new JsonObject
            {
                ["AWSManagedRulesCommonRuleSet"] = new JsonObject { ["version"] = "Version_1.12", ["mode"] = "count", ["reason"] = "tuning false positives until 2027-01-31" },
            },
        }).Waf;
        var common = Assert.Single(waf.ManagedGroups, g => g.Name == WafManagedGroups.CommonRuleSet);
        Assert.Equal(new ManagedRuleGroup(WafManagedGroups.CommonRuleSet, "Version_1.12", ManagedRuleGroupMode.Count, "tuning false positives until 2027-01-31"), common);
    }

    [Fact]
    public void ManagedGroup_CountWithoutAReason_NamesTheReasonKey()
    {
        var error = Error(new JsonObject { ["managedGroups"] = new JsonObject { ["AWSManagedRulesSQLiRuleSet"] = new JsonObject { ["mode"] = "count" } } });
        var only = Assert.Single(error.Errors);
        Assert.Equal("iris-stack:edge.waf.managedGroups.AWSManagedRulesSQLiRuleSet.reason", only.Key);
        Assert.Contains("count mode", only.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("AWSManagedRulesCommonRuleSet", "version", "1.12", "is not a managed rule group version")]
    [InlineData("AWSManagedRulesAmazonIpReputationList", "version", "Version_1.0", "has no versions to pin")]
    [InlineData("AWSManagedRulesCommonRuleSet", "reason", "fine", "only for count mode")]
    [InlineData("AWSManagedRulesCommonRuleSetX", "mode", "count", "not a known setting")]
    public void ManagedGroup_BadOverride_NamesTheKey(string group, string key, string value, string problem)
    {
        var error = Error(new JsonObject { ["managedGroups"] = new JsonObject { [group] = new JsonObject { [key] = value } } });
        var only = Assert.Single(error.Errors);
        Assert.StartsWith($"iris-stack:edge.waf.managedGroups.{group}", only.Key, StringComparison.Ordinal);
        Assert.Contains(problem, only.Problem, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void ManagedGroup_ReasonThatCannotBeATag_IsRefused()
    {
        var error = Error(new JsonObject { ["managedGroups"] = new JsonObject { ["AWSManagedRulesCommonRuleSet"] = new JsonObject { ["mode"] = "count", ["reason"] = "false positives; see ticket #12" } } });
        Assert.Contains(error.Errors, e => e.Key == "iris-stack:edge.waf.managedGroups.AWSManagedRulesCommonRuleSet.reason" && e.Problem.Contains("tag value", StringComparison.Ordinal));
    }

    [Fact]
    public void EveryProblem_IsReportedAtOnce()
    {
        var error = Error(new JsonObject
        {
            ["ipBlockList"] = new JsonArray("not-a-cidr"),
            ["rateLimit"] = "5",
            ["geo"] = new JsonObject { ["mode"] = "denyList", ["countries"] = new JsonArray("XX") },
            ["managedGroups"] = new JsonObject { ["AWSManagedRulesKnownBadInputsRuleSet"] = new JsonObject { ["mode"] = "count" } },
            ["logRetentionDays"] = "100",
        });
        Assert.Equal(
            [
                "iris-stack:edge.waf.ipBlockList[0]", "iris-stack:edge.waf.rateLimit", "iris-stack:edge.waf.geo.countries[0]",
                "iris-stack:edge.waf.managedGroups.AWSManagedRulesKnownBadInputsRuleSet.reason", "iris-stack:edge.waf.logRetentionDays",
            ],
            error.Errors.Select(e => e.Key));
    }

    [Fact]
    public void UnknownKey_IsRefusedWithASuggestion()
    {
        var only = Assert.Single(Error(new JsonObject { ["rateLimits"] = "100" }).Errors);
        Assert.Equal("iris-stack:edge.waf.rateLimits", only.Key);
    }

    [Fact]
    public void AllowedPath_NotPlain_NamesTheWebGatewayKey()
    {
        var error = Error([], ["/app/", "/csp/%2e%2e/sys/"]);
        var only = Assert.Single(error.Errors);
        Assert.Equal(AllowedPathsKey, only.Key);
        Assert.Contains("'/csp/%2e%2e/sys/' is not a plain absolute path", only.Problem, StringComparison.Ordinal);
    }
}
