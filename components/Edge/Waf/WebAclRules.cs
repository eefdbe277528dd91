using System.Collections.Immutable;
using IrisStack.Components.Graph;

namespace IrisStack.Components.Edge.Waf;

/// <summary>
/// The edge web ACL's rules, from its settings: pure, in the order components/Edge/README.md
/// explains. Each rule's priority is its position; every rule has CloudWatch metrics and sampled
/// requests on, and every rule but the managed groups blocks what it matches.
/// </summary>
public static class WebAclRules
{
    /// <summary>Blocks the IPv4 block list.</summary>
    public const string Ipv4Block = "ip-block-ipv4";

    /// <summary>Blocks the IPv6 block list.</summary>
    public const string Ipv6Block = "ip-block-ipv6";

    /// <summary>Blocks by country.</summary>
    public const string Geo = "geo";

    /// <summary>Blocks a client IP over the rate limit.</summary>
    public const string RateLimit = "rate-limit";

    /// <summary>Blocks every path outside the allow-list.</summary>
    public const string UriAllowList = "uri-allow-list";

    /// <summary>The explicit SQL injection match on body, query string and URI path.</summary>
    public const string SqliMatch = "sqli-match";

    /// <summary>The explicit cross-site scripting match on body, query string and URI path.</summary>
    public const string XssMatch = "xss-match";

    /// <summary>What the allow-list rule does to the path before matching: decode, then collapse <c>//</c>, <c>/./</c> and <c>/../</c>, then lower-case.</summary>
    public static readonly ImmutableArray<string> PathTransformations = ["URL_DECODE", "NORMALIZE_PATH", "LOWERCASE"];

    /// <summary>What the SQLi and XSS matches undo first: URL and HTML entity encoding, as AWS's examples for these statements do.</summary>
    public static readonly ImmutableArray<string> InjectionTransformations = ["URL_DECODE", "HTML_ENTITY_DECODE"];

    /// <summary>The rules, in priority order.</summary>
    /// <param name="config">The WAF settings.</param>
    /// <param name="refs">The sets the rules reference.</param>
    /// <param name="metricPrefix">What every metric name starts with (<c>{project}-{stack}</c>).</param>
    public static ImmutableArray<MapValue> Build(WafConfig config, WebAclRuleRefs refs, string metricPrefix)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(refs);
        var rules = new List<(string Name, MapValue Statement, MapValue Action)>();
        MapValue Block() => MapValue.Of(("block", MapValue.Empty));

        if (refs.Ipv4BlockSetArn is { } ipv4)
        {
            rules.Add((Ipv4Block, MapValue.Of(("ipSetReferenceStatement", MapValue.Of(("arn", ipv4)))), Block()));
        }

        if (refs.Ipv6BlockSetArn is { } ipv6)
        {
            rules.Add((Ipv6Block, MapValue.Of(("ipSetReferenceStatement", MapValue.Of(("arn", ipv6)))), Block()));
        }

        if (config.Geo is { } geo)
        {
            var match = MapValue.Of(("geoMatchStatement", MapValue.Of(("countryCodes", ListValue.Of(geo.Countries.Select(c => (Value)c))))));
            var statement = geo.Mode switch
            {
                GeoMatchMode.DenyList => match,
                GeoMatchMode.AllowList => Not(match),
                _ => throw new ArgumentOutOfRangeException(nameof(config), geo.Mode, "Unknown geo match mode."),
            };
            rules.Add((Geo, statement, Block()));
        }

        // Before the allow-list, so that a client probing paths outside it is counted and banned too.
        rules.Add((RateLimit, MapValue.Of(("rateBasedStatement", MapValue.Of(
            ("limit", config.RateLimit),
            ("evaluationWindowSec", config.RateWindowSeconds),
            ("aggregateKeyType", "IP")))), Block()));

        rules.Add((UriAllowList, Not(MapValue.Of(("regexPatternSetReferenceStatement", MapValue.Of(
            ("arn", refs.AllowListSetArn),
            ("fieldToMatch", MapValue.Of(("uriPath", MapValue.Empty))),
            ("textTransformations", Transformations(PathTransformations)))))), Block()));

        var managed = config.ManagedGroups.Select(group => (group.Name, MapValue.Of(("managedRuleGroupStatement", MapValue.Of(
            ("name", group.Name),
            ("vendorName", WafManagedGroups.Vendor),
            ("version", group.Version is { } version ? new StringValue(version) : null)))), Override(group))).ToList();

        return
        [
            .. rules.Select((r, i) => Rule(r.Name, i, r.Statement, ("action", r.Action), metricPrefix)),
            .. managed.Select((m, i) => Rule(m.Name, rules.Count + i, m.Item2, ("overrideAction", m.Item3), metricPrefix)),
            Rule(SqliMatch, rules.Count + managed.Count, InjectionMatch("sqliMatchStatement"), ("action", Block()), metricPrefix),
            Rule(XssMatch, rules.Count + managed.Count + 1, InjectionMatch("xssMatchStatement"), ("action", Block()), metricPrefix),
        ];
    }

    /// <summary>The visibility every rule and the ACL itself gets: metrics and sampled requests on.</summary>
    public static MapValue Visibility(string metricName) => MapValue.Of(
        ("cloudwatchMetricsEnabled", true),
        ("sampledRequestsEnabled", true),
        ("metricName", metricName));

    private static MapValue Rule(string name, int priority, MapValue statement, (string Key, MapValue Value) action, string metricPrefix) => MapValue.Of(
        ("name", name),
        ("priority", priority),
        (action.Key, action.Value),
        ("statement", statement),
        ("visibilityConfig", Visibility($"{metricPrefix}-{name}")));

    private static MapValue Override(ManagedRuleGroup group) => group.Mode switch
    {
        ManagedRuleGroupMode.Block => MapValue.Of(("none", MapValue.Empty)),
        ManagedRuleGroupMode.Count => MapValue.Of(("count", MapValue.Empty)),
        _ => throw new ArgumentOutOfRangeException(nameof(group), group.Mode, "Unknown managed rule group mode."),
    };

    private static MapValue Not(MapValue statement) => MapValue.Of(("notStatement", MapValue.Of(("statement", statement))));

    // The second line behind the managed groups: one statement per request part, any of them matching.
    private static MapValue InjectionMatch(string statementType) => MapValue.Of(("orStatement", MapValue.Of(("statements", ListValue.Of(
        new[]
        {
            // CONTINUE inspects the body up to the inspection limit rather than skipping a large one.
            MapValue.Of(("body", MapValue.Of(("oversizeHandling", "CONTINUE")))),
            MapValue.Of(("queryString", MapValue.Empty)),
            MapValue.Of(("uriPath", MapValue.Empty)),
        }.Select(field => (Value)MapValue.Of((statementType, MapValue.Of(
            ("fieldToMatch", field),
            ("textTransformations", Transformations(InjectionTransformations)))))))))));

    private static ListValue Transformations(ImmutableArray<string> types) =>
        ListValue.Of(types.Select((type, priority) => (Value)MapValue.Of(("priority", priority), ("type", type))));
}
