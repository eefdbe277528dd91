using System.Collections.Immutable;
using System.Text.Json;
using IrisStack.Components.Aws;
using IrisStack.Components.Config;
using IrisStack.Components.Edge;
using IrisStack.Components.Edge.Waf;
using IrisStack.Components.Graph;
using IrisStack.Components.Plan;
using IrisStack.Components.Tests.Schema;
using IrisStack.Components.WebGateway;
using IrisStack.Policies;

namespace IrisStack.Components.Tests.Edge;

public sealed class EdgeLayerTests
{
    private const string Name = "edge";

    private static readonly StackContext Context = new("iris-stack", "test", "eu-west-1", "123456789012", ImmutableSortedDictionary.Create<string, string>(StringComparer.Ordinal));

    private static (ResourceGraph Graph, EdgeOutputs Outputs) Build(WafConfig? waf = null)
    {
        var graph = new GraphBuilder("iris-stack", "test");
        var outputs = EdgeLayer.Build(graph, new ComponentScope(Name), Context, new EdgeConfig(waf ?? WafConfig.Default, null), WebGatewayDefaults.AllowedPaths);
        return (graph.Build(), outputs);
    }

    private static WafConfig Everything => WafConfig.Default with
    {
        IpBlockList = new IpBlockList(["203.0.113.0/24"], ["2001:db8::/32"]),
        Geo = new GeoRestriction(GeoMatchMode.DenyList, ["KP"]),
        LogOnlyBlockedAndCounted = true,
        ManagedGroups = [.. WafConfig.Default.ManagedGroups.Select(g => g.Name == WafManagedGroups.CommonRuleSet ? g with { Mode = ManagedRuleGroupMode.Count, CountReason = "tuning until 2027-01-31" } : g)],
    };

    [Fact]
    public void EveryResource_GoesThroughTheLayersUsEast1Provider()
    {
        var (graph, outputs) = Build(Everything);
        var provider = graph[outputs.UsEast1Provider];
        Assert.Equal(("pulumi:providers:aws", "edge-us-east-1", Name), (provider.Type, provider.Name, provider.Parent));
        Assert.Equal(new StringValue("us-east-1"), provider.Input("region"));
        Assert.Equal(ListValue.Of("123456789012"), provider.Input("allowedAccountIds"));
        var resources = graph.Nodes.Where(n => n.Kind == NodeKind.Custom).ToList();
        Assert.Equal(
            ["aws:cloudwatch/logGroup:LogGroup", "aws:kms/alias:Alias", "aws:kms/key:Key", "aws:wafv2/ipSet:IpSet", "aws:wafv2/ipSet:IpSet",
                "aws:wafv2/regexPatternSet:RegexPatternSet", "aws:wafv2/webAcl:WebAcl", "aws:wafv2/webAclLoggingConfiguration:WebAclLoggingConfiguration"],
            resources.Select(n => n.Type).Order(StringComparer.Ordinal));
        Assert.All(resources, n => Assert.Equal((Name, provider.Name), (n.Parent, n.Options.Provider)));
    }

    [Fact]
    public void WebAcl_CloudFrontScope_AllowsByDefault_BecauseTheAllowListRuleBlocks()
    {
        var (graph, outputs) = Build();
        var acl = Assert.Single(graph.OfType("aws:wafv2/webAcl:WebAcl"));
        Assert.Equal(new StringValue("CLOUDFRONT"), acl.Input("scope"));
        Assert.Equal(MapValue.Of(("allow", MapValue.Empty)), acl.Input("defaultAction"));
        Assert.Equal(new BoolValue(true), acl.Input("visibilityConfig.cloudwatchMetricsEnabled"));
        Assert.Equal(new OutputReference(acl.Name, "arn"), outputs.WebAclArn);
        var rules = ((ListValue)acl.Input("rules")!).Items.Cast<MapValue>().Select(r => ((StringValue)r["name"]!).Value).ToList();
        Assert.Contains(WebAclRules.UriAllowList, rules);
        Assert.DoesNotContain(WebAclRules.Ipv4Block, rules);
        Assert.Empty(graph.OfType("aws:wafv2/ipSet:IpSet"));
    }

    [Fact]
    public void AllowList_IsTheWebGatewaysPaths_InTheSetTheRuleReferences()
    {
        var (graph, _) = Build();
        var set = Assert.Single(graph.OfType("aws:wafv2/regexPatternSet:RegexPatternSet"));
        Assert.Equal(
            ListValue.Of(UriAllowListPatterns.Build(WebGatewayDefaults.AllowedPaths).Select(p => (Value)MapValue.Of(("regexString", p)))),
            set.Input("regularExpressions"));
        var acl = Assert.Single(graph.OfType("aws:wafv2/webAcl:WebAcl"));
        var rule = ((ListValue)acl.Input("rules")!).Items.Cast<MapValue>().Single(r => r["name"] == new StringValue(WebAclRules.UriAllowList));
        Assert.Equal(new OutputReference(set.Name, "arn"), ((MapValue)((MapValue)((MapValue)((MapValue)rule["statement"]!)["notStatement"]!)["statement"]!)["regexPatternSetReferenceStatement"]!)["arn"]);
    }

    [Fact]
    public void CountedGroup_CarriesItsReasonAsATagOnTheWebAcl()
    {
        var (graph, _) = Build(Everything);
        var tags = (MapValue)Assert.Single(graph.OfType("aws:wafv2/webAcl:WebAcl")).Input("tags")!;
        Assert.Equal(new StringValue("tuning until 2027-01-31"), tags[WafManagedGroups.CountReasonTag(WafManagedGroups.CommonRuleSet)]);
        Assert.Null(tags[WafManagedGroups.CountReasonTag(WafManagedGroups.SqliRuleSet)]);
    }

    [Fact]
    public void Logs_GoToAnAwsWafLogsGroup_EncryptedWithItsOwnKey_ThatCloudWatchLogsInUsEast1MayUse()
    {
        var (graph, outputs) = Build();
        var logGroup = graph[outputs.WafLogGroup.Name];
        Assert.Equal(new StringValue("aws-waf-logs-iris-stack-test"), logGroup.Input("name"));
        Assert.Equal(new NumberValue(365), logGroup.Input("retentionInDays"));
        Assert.Equal(new OutputReference("edge-waf-logs-key", "arn"), logGroup.Input("kmsKeyId"));
        Assert.Equal(["iris-stack:edge.waf.logRetentionDays"], graph.SettingsOf(logGroup.Name, "retentionInDays"));

        using var policy = JsonDocument.Parse(((StringValue)graph["edge-waf-logs-key"].Input("policy")!).Value);
        var statements = policy.RootElement.GetProperty("Statement").EnumerateArray().ToList();
        Assert.Equal("arn:aws:iam::123456789012:root", statements[0].GetProperty("Principal").GetProperty("AWS").GetString());
        Assert.Equal("logs.us-east-1.amazonaws.com", statements[1].GetProperty("Principal").GetProperty("Service").GetString());
        Assert.Equal("arn:aws:logs:us-east-1:123456789012:*", statements[1].GetProperty("Condition").GetProperty("ArnLike").GetProperty("kms:EncryptionContext:aws:logs:arn").GetString());
    }

    [Fact]
    public void Logging_RedactsAuthorizationAndCookie_FilterOnlyWhenConfigured()
    {
        var logging = Assert.Single(Build().Graph.OfType("aws:wafv2/webAclLoggingConfiguration:WebAclLoggingConfiguration"));
        Assert.Equal(new OutputReference("edge-waf", "arn"), logging.Input("resourceArn"));
        Assert.Equal(ListValue.Of(new OutputReference("edge-waf-logs", "arn")), logging.Input("logDestinationConfigs"));
        Assert.Equal(
            ListValue.Of(MapValue.Of(("singleHeader", MapValue.Of(("name", "authorization")))), MapValue.Of(("singleHeader", MapValue.Of(("name", "cookie"))))),
            logging.Input("redactedFields"));
        Assert.Null(logging.Input("loggingFilter"));

        var filtered = Assert.Single(Build(Everything).Graph.OfType("aws:wafv2/webAclLoggingConfiguration:WebAclLoggingConfiguration"));
        Assert.Equal(new StringValue("DROP"), filtered.Input("loggingFilter.defaultBehavior"));
        var filter = (MapValue)((ListValue)filtered.Input("loggingFilter.filters")!).Items.Single();
        Assert.Equal((new StringValue("KEEP"), new StringValue("MEETS_ANY")), (filter["behavior"], filter["requirement"]));
        Assert.Equal(
            ListValue.Of(MapValue.Of(("actionCondition", MapValue.Of(("action", "BLOCK")))), MapValue.Of(("actionCondition", MapValue.Of(("action", "COUNT"))))),
            filter["conditions"]);
    }

    [Fact]
    public void BlockLists_OneIpSetPerFamily_ReferencedByTheirRules()
    {
        var (graph, _) = Build(Everything);
        var sets = graph.OfType("aws:wafv2/ipSet:IpSet").ToDictionary(s => ((StringValue)s.Input("ipAddressVersion")!).Value);
        Assert.Equal(ListValue.Of("203.0.113.0/24"), sets["IPV4"].Input("addresses"));
        Assert.Equal(ListValue.Of("2001:db8::/32"), sets["IPV6"].Input("addresses"));
        Assert.All(sets.Values, s => Assert.Equal(new StringValue("CLOUDFRONT"), s.Input("scope")));
    }

    [Fact]
    public void EveryNode_ConformsToTheSchemaFacts()
    {
        var facts = SchemaFacts.Load(SchemaFacts.DefaultPath);
        foreach (var waf in new[] { WafConfig.Default, Everything })
        {
            var (graph, _) = Build(waf);
            var violations = graph.Nodes.SelectMany(n => SchemaConformance.Check(n, facts, graph.Find)).ToList();
            Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
        }
    }

    [Fact]
    public void RegistrationPlan_SendsTheProvidersSettingsJsonEncoded()
    {
        var plan = RegistrationPlan.Create(Build().Graph, []);
        var provider = plan["edge-us-east-1"];
        Assert.Equal(new StringValue("[\"123456789012\"]"), provider.Inputs["allowedAccountIds"]);
        Assert.Equal(new StringValue("false"), provider.Inputs["skipCredentialsValidation"]);
        Assert.Equal("edge-us-east-1", plan["edge-waf"].Provider);
    }

    [Fact]
    public void TheLayersGraph_PassesEveryPolicyOfThePack()
    {
        foreach (var waf in new[] { WafConfig.Default, Everything })
        {
            var report = PolicyRunner.Run(PolicyPack.Default(), Build(waf).Graph, PolicySettings.Read(ConfigReader.EmptySection("policies")));
            var failed = report.Results.Where(r => r.Status is not (PolicyStatus.Passed or PolicyStatus.NotApplicable)).ToList();
            Assert.True(failed.Count == 0, string.Join(Environment.NewLine, failed.Select(f => $"{f.Policy.Id}: {string.Join("; ", f.Violations.Select(x => x.ToString()))}")));
            Assert.Contains(report.Results, r => r.Policy.Layer == "edge" && r.Status == PolicyStatus.Passed);
        }
    }
}
