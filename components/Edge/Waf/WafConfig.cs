using System.Collections.Immutable;
using System.Text.RegularExpressions;
using IrisStack.Components.Collections;
using IrisStack.Components.Config;

namespace IrisStack.Components.Edge.Waf;

/// <summary>
/// The edge WAF's settings (<c>iris-stack:edge.waf</c>), validated against what AWS WAF accepts,
/// every default applied.
/// </summary>
/// <param name="IpBlockList">Client networks blocked first.</param>
/// <param name="RateLimit">Requests one client IP may send per <paramref name="RateWindowSeconds"/> before it is blocked.</param>
/// <param name="RateWindowSeconds">The rate rule's evaluation window.</param>
/// <param name="Geo">The geo rule, or null for none.</param>
/// <param name="ManagedGroups">The baseline AWS managed rule groups, in rule order, each with its version pin and mode.</param>
/// <param name="LogRetentionDays">Days CloudWatch keeps the WAF logs.</param>
/// <param name="LogOnlyBlockedAndCounted">Whether the logging filter keeps only blocked and counted requests.</param>
public sealed partial record WafConfig(
    IpBlockList IpBlockList,
    int RateLimit,
    int RateWindowSeconds,
    GeoRestriction? Geo,
    EquatableArray<ManagedRuleGroup> ManagedGroups,
    int LogRetentionDays,
    bool LogOnlyBlockedAndCounted)
{
    /// <summary>The rate limit unless the stack sets one: per client IP and 5 minutes, well above one person's use of the applications.</summary>
    public const int DefaultRateLimit = 2000;

    // AWS's IP reputation groups are not versioned (WAF developer guide, IP reputation rule groups).
    private static readonly ImmutableHashSet<string> Unversioned = [WafManagedGroups.AmazonIpReputationList];

    /// <summary>Where these settings were read from, so resources built from them name their keys.</summary>
    public SettingsPath Settings { get; init; } = SettingsPath.Stack("edge.waf");

    /// <summary>Every default, read by <see cref="Read"/> itself.</summary>
    public static WafConfig Default { get; } = Read(ConfigReader.EmptySection("edge").Section("waf", "defaults"));

    /// <summary>Reads and validates the section; problems are collected on its reader.</summary>
    public static WafConfig Read(ConfigSection section)
    {
        ArgumentNullException.ThrowIfNull(section);
        var blocked = section.StringList("ipBlockList", [], "Client networks (IPv4 or IPv6 CIDR blocks) the WAF blocks before any other rule",
            IpBlockList.Problem, "write a CIDR block such as 203.0.113.0/24 or 2001:db8::/32.");
        var blockList = IpBlockList.From(blocked);
        foreach (var (family, count) in new[] { ("IPv4", blockList.Ipv4.Length), ("IPv6", blockList.Ipv6.Length) }.Where(f => f.Item2 > WafLimits.MaximumAddressesPerIpSet))
        {
            section.Error("ipBlockList", $"lists {count} {family} blocks; a WAF IP set holds at most {WafLimits.MaximumAddressesPerIpSet}.", "merge adjacent blocks into larger ones.");
        }

        var rateLimit = section.Int("rateLimit", DefaultRateLimit, "Requests one client IP may send per rateWindowSeconds before the WAF blocks it", 0, WafLimits.MaximumRateLimit);
        if (rateLimit < WafLimits.MinimumRateLimit)
        {
            section.Error("rateLimit", $"{rateLimit} is below {WafLimits.MinimumRateLimit}, the lowest limit an AWS WAF rate-based rule accepts.", $"set {WafLimits.MinimumRateLimit} or more, e.g. {DefaultRateLimit}.");
        }

        var window = section.Int("rateWindowSeconds", 300, $"The rate rule's evaluation window in seconds ({string.Join(", ", WafLimits.RateWindowsSeconds)})", 1, 3600);
        if (!WafLimits.RateWindowsSeconds.Contains(window))
        {
            section.Error("rateWindowSeconds", $"{window} is not an evaluation window AWS WAF accepts.", $"use one of {string.Join(", ", WafLimits.RateWindowsSeconds)}.");
        }

        var geo = ReadGeo(section);
        var groups = ReadManagedGroups(section.Section("managedGroups", $"Overrides per AWS managed rule group ({string.Join(", ", WafManagedGroups.Baseline)}): version pin, count mode with a reason"));
        var retention = CloudWatchRetention.Read(section, "logRetentionDays", 365, "Days CloudWatch keeps the WAF logs");
        var filter = section.Bool("logOnlyBlockedAndCounted", false, "Log only requests the WAF blocked or counted (fewer, cheaper logs; allowed requests leave no trace)");
        section.RejectUnknownKeys();
        return new WafConfig(blockList, rateLimit, window, geo, groups, retention, filter) { Settings = section.Settings };
    }

    private static GeoRestriction? ReadGeo(ConfigSection parent)
    {
        var has = parent.Has("geo");
        var section = parent.Section("geo", "Optional geo rule: mode (allowList or denyList) and countries (ISO 3166-1 alpha-2 codes); unset, no geo rule");
        var mode = section.Enum("mode", GeoMatchMode.DenyList, "allowList: only the countries pass; denyList: the countries are blocked");
        var countries = section.StringList("countries", [], "ISO 3166-1 alpha-2 country codes, upper case (e.g. DE, FR)",
            c => CountryCodes.Alpha2.Contains(c) ? null
                : CountryCodes.Alpha2.Contains(c.ToUpperInvariant()) ? $"'{c}' must be written in upper case ({c.ToUpperInvariant()})."
                : $"'{c}' is not an ISO 3166-1 alpha-2 country code{DidYouMean.Suggest(c.ToUpperInvariant(), CountryCodes.Alpha2)}.",
            "use a two-letter code such as DE.");
        section.RejectUnknownKeys();
        if (!has)
        {
            return null;
        }

        if (!section.Has("mode"))
        {
            section.Error("mode", "is required when geo is set.", "set allowList (only the countries pass) or denyList (the countries are blocked).");
        }

        if (!section.Has("countries") || section.IsEmptyList("countries"))
        {
            section.Error("countries", "is empty, so the geo rule would match no request.", "list the countries, e.g. [DE, FR], or remove geo.");
        }

        foreach (var twice in countries.GroupBy(c => c, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            section.Error("countries", $"lists {twice.Key} twice.", "list each country once.");
        }

        return new GeoRestriction(mode, [.. countries.Distinct(StringComparer.Ordinal)]);
    }

    private static ImmutableArray<ManagedRuleGroup> ReadManagedGroups(ConfigSection section)
    {
        var groups = WafManagedGroups.Baseline.Select(name =>
        {
            var group = section.Section(name, $"Overrides for {name}");
            var version = group.String("version", string.Empty, "Pin the group to this version (e.g. Version_1.12); unset, the group's default version",
                v => Unversioned.Contains(name) ? $"{name} has no versions to pin." : VersionPattern().IsMatch(v) ? null : $"'{v}' is not a managed rule group version such as Version_1.12.");
            var mode = group.Enum("mode", ManagedRuleGroupMode.Block, "block: the group's rules act; count: matches are only counted (needs a reason)");
            var reason = group.String("reason", string.Empty, "Why the group only counts (recorded as a tag on the web ACL)",
                r => TagValuePattern().IsMatch(r) ? null : $"'{r}' cannot be a tag value (up to 256 letters, digits, spaces and _ . : / = + - @).");
            if (mode == ManagedRuleGroupMode.Count && string.IsNullOrWhiteSpace(reason))
            {
                group.Error("reason", $"is required: {name} is in count mode, so its matches pass unblocked.", "say why it only counts (e.g. \"tuning false positives on /api/app/ until 2027-01-31\"), or set mode to block.");
            }
            else if (mode == ManagedRuleGroupMode.Block && group.Has("reason"))
            {
                group.Error("reason", "is set but the group blocks; a reason is only for count mode.", "remove it, or set mode to count.");
            }

            group.RejectUnknownKeys();
            return new ManagedRuleGroup(name, version.Length == 0 ? null : version, mode, mode == ManagedRuleGroupMode.Count && reason.Length > 0 ? reason : null);
        }).ToImmutableArray();
        section.RejectUnknownKeys();
        return groups;
    }

    [GeneratedRegex(@"^Version_[0-9]+(\.[0-9]+)*$")]
    private static partial Regex VersionPattern();

    // AWS tag values: up to 256 Unicode letters, digits, white space and _ . : / = + - @.
    [GeneratedRegex(@"^[\p{L}\p{Z}\p{N}_.:/=+\-@]{1,256}$")]
    private static partial Regex TagValuePattern();
}
