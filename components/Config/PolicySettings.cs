using System.Collections.Immutable;
using IrisStack.Components.Collections;

namespace IrisStack.Components.Config;

/// <summary>One suppression of a policy for some resources, with the reason a reviewer reads.</summary>
/// <param name="Policy">The policy id.</param>
/// <param name="Resource">A logical name or URN; <c>*</c> suppresses the policy for every resource.</param>
/// <param name="Reason">Why the finding is accepted; required.</param>
/// <param name="Key">The config key it came from, for errors the policy pack raises.</param>
public sealed record Suppression(string Policy, string Resource, string Reason, string Key);

/// <summary>A per-policy enforcement level and the config key that set it.</summary>
public sealed record LevelOverride(EnforcementLevel Level, string Key);

/// <summary>
/// Per-stack policy settings from <c>iris-stack:policies</c>: a level for all policies, levels per
/// policy (AWSGuard's shape), suppressions with reasons (cdk-nag's shape), and the thresholds the
/// policies check against. Policy ids are checked against the pack by the policy runner.
/// </summary>
public sealed record PolicySettings(
    EnforcementLevel? All,
    EquatableSortedDictionary<string, LevelOverride> Levels,
    EquatableArray<Suppression> Suppressions,
    int MinimumLogRetentionDays)
{
    /// <summary>
    /// Whether the stack requires stateful and key resources to carry Pulumi's <c>protect</c> option;
    /// set from <c>iris-stack:protectStatefulResources</c>, the same setting the layers apply.
    /// </summary>
    public bool RequireProtection { get; init; }

    /// <summary>Reads the section.</summary>
    public static PolicySettings Read(ConfigSection section)
    {
        var all = section.OptionalEnum<EnforcementLevel>("all", "Enforcement level for every policy, before per-policy levels", "each policy's default");

        var rulesSection = section.Section("levels", "Enforcement level per policy id (mandatory, advisory, disabled)");
        var levels = rulesSection.Keys.ToImmutableSortedDictionary(
            id => id,
            id => new LevelOverride(rulesSection.Enum(id, EnforcementLevel.Mandatory, "level of one policy"), rulesSection.KeyOf(id)),
            StringComparer.Ordinal);

        var suppressions = section.SectionList("suppressions", "Accepted findings: {policy, resource (logical name, URN or *), reason}")
            .Select(s =>
            {
                var policy = s.RequiredString("policy", "policy id to suppress", "vpc-flow-logs-enabled");
                var resource = s.String("resource", "*", "logical name or URN the suppression covers");
                var reason = s.RequiredString("reason", "why the finding is accepted", "\"accepted until ticket SEC-42 lands\"",
                    r => string.IsNullOrWhiteSpace(r) ? "a suppression needs a reason." : null);
                s.RejectUnknownKeys();
                return new Suppression(policy, resource, reason, s.Path);
            })
            .ToImmutableArray();

        var retention = section.Int("minimumLogRetentionDays", 365, "Minimum CloudWatch log retention the log-retention policy accepts", 1, 3653);

        section.RejectUnknownKeys();
        return new PolicySettings(all, levels, suppressions, retention);
    }
}
