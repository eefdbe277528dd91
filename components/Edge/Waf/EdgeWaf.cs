using System.Collections.Immutable;
using System.Text.Json.Nodes;
using IrisStack.Components.Aws;
using IrisStack.Components.Graph;

namespace IrisStack.Components.Edge.Waf;

/// <summary>
/// The WAF in front of CloudFront: a CLOUDFRONT-scoped web ACL (default allow: its URI allow-list
/// rule is what blocks), the IP sets of the block list, the allow-list's regex pattern set, and
/// logging to an <c>aws-waf-logs-</c> log group encrypted with a key of its own, with the
/// credentials headers redacted. Everything goes through the given us-east-1 provider, the only
/// region where CloudFront's web ACLs and their logs can live.
/// </summary>
public static class EdgeWaf
{
    /// <summary>The headers WAF logs never show: they carry credentials and sessions (lower case, as the WAF requires).</summary>
    public static readonly ImmutableArray<string> RedactedHeaders = ["authorization", "cookie"];

    /// <summary>The rule actions the optional logging filter keeps.</summary>
    public static readonly ImmutableArray<string> LoggedActions = ["BLOCK", "COUNT"];

    /// <summary>What every WAF log group's name must start with (AWS's rule for CloudWatch Logs destinations of WAF).</summary>
    public const string LogGroupPrefix = "aws-waf-logs-";

    /// <summary>Adds the WAF under <paramref name="parent"/>, every resource through <paramref name="provider"/> (us-east-1).</summary>
    /// <param name="graph">The graph to add to.</param>
    /// <param name="scope">The edge component's scope, which names the children.</param>
    /// <param name="context">The stack's account and tags.</param>
    /// <param name="config">The WAF settings.</param>
    /// <param name="allowedPaths">The paths the Web Gateway forwards: the URI allow-list.</param>
    /// <param name="parent">The edge component node.</param>
    /// <param name="provider">The us-east-1 aws provider node.</param>
    public static WafOutputs Add(GraphBuilder graph, ComponentScope scope, StackContext context, WafConfig config, IReadOnlyList<string> allowedPaths, string parent, string provider)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(config);
        var edgeRegion = context with { Region = WafLimits.CloudFrontRegion };
        var physical = context.PhysicalName("-");
        var options = new ResourceOptions { Provider = provider };
        NodeRef Add(string type, string role, params (string Key, Value? Value)[] inputs) =>
            graph.Resource(type, scope.Child(role), MapValue.Of([.. inputs, ("tags", context.TagsFor(scope.Child(role)))]), parent, options);

        NodeRef? IpSet(string role, string version, IEnumerable<string> addresses) =>
            !addresses.Any() ? null : Add("aws:wafv2/ipSet:IpSet", role,
                ("name", $"{physical}-{role}"),
                ("description", $"Client networks the edge WAF of {context.Project}/{context.Stack} blocks"),
                ("scope", "CLOUDFRONT"),
                ("ipAddressVersion", version),
                ("addresses", ListValue.Of(addresses.Select(a => (Value)a))));
        var ipv4 = IpSet("waf-block-ipv4", "IPV4", config.IpBlockList.Ipv4);
        var ipv6 = IpSet("waf-block-ipv6", "IPV6", config.IpBlockList.Ipv6);

        var allowList = Add("aws:wafv2/regexPatternSet:RegexPatternSet", "waf-allowed-paths",
            ("name", $"{physical}-allowed-paths"),
            ("description", $"The URI paths the edge WAF of {context.Project}/{context.Stack} admits (the Web Gateway's allow-list)"),
            ("scope", "CLOUDFRONT"),
            ("regularExpressions", ListValue.Of(UriAllowListPatterns.Build(allowedPaths).Select(p => (Value)MapValue.Of(("regexString", p))))));

        var rules = WebAclRules.Build(config, new WebAclRuleRefs(ipv4?.Arn, ipv6?.Arn, allowList.Arn), physical);
        var countReasons = config.ManagedGroups.Where(g => g.CountReason is not null)
            .ToImmutableSortedDictionary(g => WafManagedGroups.CountReasonTag(g.Name), g => g.CountReason!, StringComparer.Ordinal);
        var webAcl = graph.Resource("aws:wafv2/webAcl:WebAcl", scope.Child("waf"), MapValue.Of(
            ("name", $"{physical}-edge"),
            ("description", $"Filters every request to {context.Project}/{context.Stack} at CloudFront"),
            ("scope", "CLOUDFRONT"),
            ("defaultAction", MapValue.Of(("allow", MapValue.Empty))),
            ("rules", ListValue.Of(rules.Select(r => (Value)r))),
            ("visibilityConfig", WebAclRules.Visibility($"{physical}-edge")),
            ("tags", countReasons.Aggregate(context.TagsFor(scope.Child("waf")), (tags, reason) => tags.With(reason.Key, reason.Value)))),
            parent, options);
        graph.Setting(webAcl.Name, "rules", config.Settings.KeyOf("rateLimit"), config.Settings.KeyOf("rateWindowSeconds"), config.Settings.KeyOf("geo"), config.Settings.KeyOf("managedGroups"));

        var key = CustomerManagedKey.Add(graph, edgeRegion, scope.Child("waf-logs-key"), parent, "waf-logs",
            $"Encrypts the edge WAF logs of {context.Project}/{context.Stack}",
            new JsonObject
            {
                ["Version"] = "2012-10-17",
                ["Statement"] = new JsonArray(KeyPolicyStatements.AccountAdministersKey(edgeRegion), KeyPolicyStatements.CloudWatchLogsUseKey(edgeRegion)),
            },
            provider);
        var logGroup = Add("aws:cloudwatch/logGroup:LogGroup", "waf-logs",
            ("name", $"{LogGroupPrefix}{physical}"),
            ("retentionInDays", config.LogRetentionDays),
            ("kmsKeyId", key.Arn));
        graph.Setting(logGroup.Name, "retentionInDays", config.Settings.KeyOf("logRetentionDays"));

        var logging = graph.Resource("aws:wafv2/webAclLoggingConfiguration:WebAclLoggingConfiguration", scope.Child("waf-logging"), MapValue.Of(
            ("resourceArn", webAcl.Arn),
            ("logDestinationConfigs", ListValue.Of(logGroup.Arn)),
            ("redactedFields", ListValue.Of(RedactedHeaders.Select(h => (Value)MapValue.Of(("singleHeader", MapValue.Of(("name", h))))))),
            ("loggingFilter", config.LogOnlyBlockedAndCounted ? LoggingFilter() : null)),
            parent, options);
        graph.Setting(logging.Name, "loggingFilter", config.Settings.KeyOf("logOnlyBlockedAndCounted"));
        return new WafOutputs(webAcl, logGroup);
    }

    // Drop every request except those a rule blocked or counted.
    private static MapValue LoggingFilter() => MapValue.Of(
        ("defaultBehavior", "DROP"),
        ("filters", ListValue.Of(MapValue.Of(
            ("behavior", "KEEP"),
            ("requirement", "MEETS_ANY"),
            ("conditions", ListValue.Of(LoggedActions.Select(a => (Value)MapValue.Of(("actionCondition", MapValue.Of(("action", a)))))))))));
}
