using IrisStack.Components.Edge.Waf;
using IrisStack.Components.Graph;

namespace IrisStack.Components.Tests.Edge;

public sealed class WebAclRulesTests
{
    private static readonly WebAclRuleRefs Refs = new(new OutputReference("v4", "arn"), new OutputReference("v6", "arn"), new OutputReference("paths", "arn"));

    private static string Name(MapValue rule) => ((StringValue)rule["name"]!).Value;

    private static MapValue Rule(IEnumerable<MapValue> rules, string name) => Assert.Single(rules, r => Name(r) == name);

    private static Value? At(Value? value, params string[] path) =>
        path.Aggregate(value, (current, key) => current is MapValue map ? map[key] : null);

    [Fact]
    public void Order_BlockLists_Geo_Rate_AllowList_ManagedGroups_ThenTheExplicitMatches()
    {
        var config = WafConfig.Default with { Geo = new GeoRestriction(GeoMatchMode.DenyList, ["KP"]) };
        var rules = WebAclRules.Build(config, Refs, "iris-stack-test");
        Assert.Equal(
            [
                WebAclRules.Ipv4Block, WebAclRules.Ipv6Block, WebAclRules.Geo, WebAclRules.RateLimit, WebAclRules.UriAllowList,
                .. WafManagedGroups.Baseline, WebAclRules.SqliMatch, WebAclRules.XssMatch,
            ],
            rules.Select(Name));
        Assert.Equal(Enumerable.Range(0, rules.Length).Select(i => (Value)new NumberValue(i)), rules.Select(r => r["priority"]));
    }

    [Fact]
    public void WithoutBlockListsOrGeo_ThoseRulesAreLeftOut()
    {
        var rules = WebAclRules.Build(WafConfig.Default, Refs with { Ipv4BlockSetArn = null, Ipv6BlockSetArn = null }, "p");
        Assert.Equal(WebAclRules.RateLimit, Name(rules[0]));
        Assert.DoesNotContain(rules, r => Name(r) is WebAclRules.Geo or WebAclRules.Ipv4Block or WebAclRules.Ipv6Block);
    }

    [Fact]
    public void EveryRule_HasMetricsAndSampledRequests_UnderItsOwnMetricName()
    {
        var rules = WebAclRules.Build(WafConfig.Default, Refs, "iris-stack-test");
        Assert.All(rules, r =>
        {
            Assert.Equal(new BoolValue(true), At(r, "visibilityConfig", "cloudwatchMetricsEnabled"));
            Assert.Equal(new BoolValue(true), At(r, "visibilityConfig", "sampledRequestsEnabled"));
            Assert.Equal(new StringValue($"iris-stack-test-{Name(r)}"), At(r, "visibilityConfig", "metricName"));
        });
    }

    [Fact]
    public void AllowList_BlocksWhatMatchesNoAllowedPath_AfterDecodingNormalisingAndLowerCasing()
    {
        var rule = Rule(WebAclRules.Build(WafConfig.Default, Refs, "p"), WebAclRules.UriAllowList);
        Assert.Equal(MapValue.Of(("block", MapValue.Empty)), rule["action"]);
        var match = At(rule, "statement", "notStatement", "statement", "regexPatternSetReferenceStatement");
        Assert.Equal(Refs.AllowListSetArn, At(match, "arn"));
        Assert.Equal(MapValue.Of(("uriPath", MapValue.Empty)), At(match, "fieldToMatch"));
        Assert.Equal(
            ListValue.Of(
                MapValue.Of(("priority", 0), ("type", "URL_DECODE")),
                MapValue.Of(("priority", 1), ("type", "NORMALIZE_PATH")),
                MapValue.Of(("priority", 2), ("type", "LOWERCASE"))),
            At(match, "textTransformations"));
    }

    [Fact]
    public void RateRule_PerClientIp_FromTheSettings_Blocks()
    {
        var rule = Rule(WebAclRules.Build(WafConfig.Default with { RateLimit = 500, RateWindowSeconds = 60 }, Refs, "p"), WebAclRules.RateLimit);
        Assert.Equal(MapValue.Of(("limit", 500), ("evaluationWindowSec", 60), ("aggregateKeyType", "IP")), At(rule, "statement", "rateBasedStatement"));
        Assert.Equal(MapValue.Of(("block", MapValue.Empty)), rule["action"]);
    }

    [Fact]
    public void Geo_DenyListBlocksTheCountries_AllowListBlocksEveryOther()
    {
        var countries = ListValue.Of("DE", "FR");
        var deny = Rule(WebAclRules.Build(WafConfig.Default with { Geo = new GeoRestriction(GeoMatchMode.DenyList, ["DE", "FR"]) }, Refs, "p"), WebAclRules.Geo);
        var allow = Rule(WebAclRules.Build(WafConfig.Default with { Geo = new GeoRestriction(GeoMatchMode.AllowList, ["DE", "FR"]) }, Refs, "p"), WebAclRules.Geo);
        Assert.Equal(countries, At(deny, "statement", "geoMatchStatement", "countryCodes"));
        Assert.Equal(countries, At(allow, "statement", "notStatement", "statement", "geoMatchStatement", "countryCodes"));
        Assert.All([deny, allow], r => Assert.Equal(MapValue.Of(("block", MapValue.Empty)), r["action"]));
    }

    [Fact]
    public void ManagedGroups_AwsVendor_OverrideNone_UnlessCountedWithAReason_VersionOnlyWhenPinned()
    {
        var config = WafConfig.Default with
        {
            ManagedGroups = [.. WafConfig.Default.ManagedGroups.Select(g => g.Name == WafManagedGroups.CommonRuleSet ? g with { Mode = ManagedRuleGroupMode.Count, CountReason = "tuning", Version = "Version_1.12" } : g)],
        };
        var rules = WebAclRules.Build(config, Refs, "p");
        var common = Rule(rules, WafManagedGroups.CommonRuleSet);
        Assert.Equal(MapValue.Of(("count", MapValue.Empty)), common["overrideAction"]);
        Assert.Equal(MapValue.Of(("name", WafManagedGroups.CommonRuleSet), ("vendorName", "AWS"), ("version", "Version_1.12")), At(common, "statement", "managedRuleGroupStatement"));
        var sqli = Rule(rules, WafManagedGroups.SqliRuleSet);
        Assert.Equal(MapValue.Of(("none", MapValue.Empty)), sqli["overrideAction"]);
        Assert.Null(At(sqli, "statement", "managedRuleGroupStatement", "version"));
        Assert.All(rules.Where(r => WafManagedGroups.Baseline.Contains(Name(r))), r => Assert.Null(r["action"]));
    }

    [Theory]
    [InlineData(WebAclRules.SqliMatch, "sqliMatchStatement")]
    [InlineData(WebAclRules.XssMatch, "xssMatchStatement")]
    public void ExplicitMatches_BodyQueryAndPath_DecodedFirst(string name, string statement)
    {
        var rule = Rule(WebAclRules.Build(WafConfig.Default, Refs, "p"), name);
        var statements = ((ListValue)At(rule, "statement", "orStatement", "statements")!).Items.Cast<MapValue>().Select(s => (MapValue)s[statement]!).ToList();
        Assert.Equal(["body", "queryString", "uriPath"], statements.Select(s => ((MapValue)s["fieldToMatch"]!).Entries.Keys.Single()));
        Assert.All(statements, s => Assert.Equal(
            ListValue.Of(MapValue.Of(("priority", 0), ("type", "URL_DECODE")), MapValue.Of(("priority", 1), ("type", "HTML_ENTITY_DECODE"))),
            s["textTransformations"]));
        Assert.Equal(MapValue.Of(("block", MapValue.Empty)), rule["action"]);
    }
}
