using Pulumi;

namespace IrisStack.Pulumi;

/// <summary>The WAF web ACL CloudFront attaches (<c>iris-stack:edge.waf</c>).</summary>
public sealed class WafArgs : ResourceArgs
{
    /// <summary>Client networks (IPv4 or IPv6 CIDR blocks) the WAF blocks before any other rule.</summary>
    [Input("ipBlockList")]
    public List<string>? IpBlockList { get; set; }

    /// <summary>Requests one client IP may send per rateWindowSeconds before the WAF blocks it (default 2000; at least 10).</summary>
    [Input("rateLimit")]
    public int? RateLimit { get; set; }

    /// <summary>The rate rule's evaluation window in seconds: 60, 120, 300 (default) or 600.</summary>
    [Input("rateWindowSeconds")]
    public int? RateWindowSeconds { get; set; }

    /// <summary>Optional geo rule; unset, no geo rule.</summary>
    [Input("geo")]
    public WafGeoArgs? Geo { get; set; }

    /// <summary>Overrides per AWS managed rule group, by group name (e.g. AWSManagedRulesCommonRuleSet): version pin, count mode with a reason.</summary>
    [Input("managedGroups")]
    public Dictionary<string, WafManagedGroupArgs>? ManagedGroups { get; set; }

    /// <summary>Days CloudWatch keeps the WAF logs (default 365).</summary>
    [Input("logRetentionDays")]
    public int? LogRetentionDays { get; set; }

    /// <summary>Log only requests the WAF blocked or counted (default false: every request is logged).</summary>
    [Input("logOnlyBlockedAndCounted")]
    public bool? LogOnlyBlockedAndCounted { get; set; }
}
