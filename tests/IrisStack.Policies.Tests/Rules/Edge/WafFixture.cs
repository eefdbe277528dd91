using System.Collections.Immutable;
using IrisStack.Components.Aws;
using IrisStack.Components.Edge;
using IrisStack.Components.Edge.Waf;
using IrisStack.Components.Graph;
using IrisStack.Components.WebGateway;

namespace IrisStack.Policies.Tests.Rules.Edge;

/// <summary>The edge layer's own WAF nodes as the compliant fixtures, and ways to change one rule or input of them.</summary>
internal static class WafFixture
{
    public const string WebAclType = "aws:wafv2/webAcl:WebAcl";
    public const string LoggingType = "aws:wafv2/webAclLoggingConfiguration:WebAclLoggingConfiguration";

    public static PolicyContext Context { get; } = new(MinimumLogRetentionDays: 365);

    /// <summary>Every optional rule on: block lists, a geo deny-list, the logging filter.</summary>
    public static WafConfig Everything { get; } = WafConfig.Default with
    {
        IpBlockList = new IpBlockList(["203.0.113.0/24"], ["2001:db8::/32"]),
        Geo = new GeoRestriction(GeoMatchMode.DenyList, ["KP"]),
        LogOnlyBlockedAndCounted = true,
    };

    public static ResourceGraph Graph(WafConfig? waf = null)
    {
        var graph = new GraphBuilder("iris-stack", "test");
        var context = new StackContext("iris-stack", "test", "eu-west-1", "123456789012", ImmutableSortedDictionary.Create<string, string>(StringComparer.Ordinal));
        EdgeLayer.Build(graph, new ComponentScope("edge"), context, new EdgeConfig(waf ?? Everything, null), WebGatewayDefaults.AllowedPaths);
        return graph.Build();
    }

    public static ResourceNode WebAcl(WafConfig? waf = null) => Graph(waf).OfType(WebAclType).Single();

    public static ResourceNode Logging() => Graph().OfType(LoggingType).Single();

    public static int IndexOf(this ResourceNode acl, string rule) =>
        ((ListValue)acl.Input("rules")!).Items.Select((r, i) => (r, i)).Single(p => ((MapValue)p.r)["name"] == new StringValue(rule)).i;

    /// <summary>The ACL with its rules changed as a list.</summary>
    public static ResourceNode WithRules(this ResourceNode acl, Func<List<MapValue>, IEnumerable<MapValue>> change) =>
        acl with { Inputs = acl.Inputs.With("rules", ListValue.Of(change([.. ((ListValue)acl.Input("rules")!).Items.Cast<MapValue>()]))) };

    /// <summary>The ACL without the named rule.</summary>
    public static ResourceNode Without(this ResourceNode acl, string rule) =>
        acl.WithRules(rules => rules.Where(r => r["name"] != new StringValue(rule)));

    /// <summary>The ACL with one input of the named rule set at a dotted path (null removes it).</summary>
    public static ResourceNode WithRule(this ResourceNode acl, string rule, string path, Value? value) =>
        acl.WithRules(rules => rules.Select(r => r["name"] == new StringValue(rule) ? Set(r, path.Split('.'), value) : r));

    /// <summary>The node with one input set at a dotted path (null removes it).</summary>
    public static ResourceNode With(this ResourceNode node, string path, Value? value) =>
        node with { Inputs = Set(node.Inputs, path.Split('.'), value) };

    public static MapValue Block { get; } = MapValue.Of(("block", MapValue.Empty));

    public static MapValue Count { get; } = MapValue.Of(("count", MapValue.Empty));

    private static MapValue Set(MapValue map, string[] path, Value? value)
    {
        if (path.Length == 1)
        {
            return value is null ? new MapValue(map.Entries.Remove(path[0])) : map.With(path[0], value);
        }

        return map.With(path[0], Set(map[path[0]] as MapValue ?? MapValue.Empty, path[1..], value));
    }
}
