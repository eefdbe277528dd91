using System.Collections.Immutable;
using IrisStack.Components.Config;
using IrisStack.Components.Graph;

namespace IrisStack.Policies;

/// <summary>
/// Runs a pack over a graph at the stack's levels: resource policies on every node of their
/// types, stack policies once; findings are placed at their URN and matched to suppressions.
/// </summary>
public static class PolicyRunner
{
    /// <summary>Evaluates every policy; throws <see cref="ConfigException"/> when the settings name unknown policies.</summary>
    public static PolicyReport Run(PolicyPack pack, ResourceGraph graph, PolicySettings settings)
    {
        var errors = pack.Validate(settings);
        if (errors.Count > 0)
        {
            throw new ConfigException(errors);
        }

        var levels = pack.Levels(settings);
        var context = PolicyContext.From(settings);
        var results = pack.Policies.Select(policy =>
        {
            var level = levels[policy.Id];
            if (level == EnforcementLevel.Disabled)
            {
                return new PolicyResult(policy, level, PolicyStatus.Disabled, []);
            }

            var outcomes = policy switch
            {
                ResourcePolicy r => graph.Nodes.Select(n => r.Evaluate(n, context)).ToImmutableArray(),
                StackPolicy s => [s.Evaluate(graph, context)],
                _ => throw new InvalidOperationException($"Policy {policy.Id} is neither a resource nor a stack policy."),
            };
            var violations = outcomes
                .OfType<PolicyOutcome.ViolationsOutcome>()
                .SelectMany(o => o.Findings)
                .Select(f => Place(graph, policy, f, settings.Suppressions))
                .ToImmutableArray();
            var status = violations.Any(v => !v.IsSuppressed) ? PolicyStatus.Violated
                : violations.Length > 0 || outcomes.Any(o => o is PolicyOutcome.CompliantOutcome) ? PolicyStatus.Passed
                : PolicyStatus.NotApplicable;
            return new PolicyResult(policy, level, status, violations);
        }).ToImmutableArray();

        var enabled = results.Where(r => r.Status != PolicyStatus.Disabled).Select(r => r.Policy).ToList();
        return new PolicyReport(graph.Project, graph.Stack, results)
        {
            UnmatchedSuppressions = Unmatched(graph, settings.Suppressions),
            NotCovered = NotCovered(graph, enabled),
        };
    }

    private static ImmutableSortedDictionary<string, int> NotCovered(ResourceGraph graph, List<Policy> enabled) =>
        graph.Nodes
            .Where(n => n.Kind is NodeKind.Custom or NodeKind.RemoteComponent && !enabled.Any(p => p.Examines(n.Type)))
            .GroupBy(n => n.Type)
            .ToImmutableSortedDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);

    // A suppression naming a resource the stack does not have (misspelt, or left after the resource
    // went) accepts nothing; said out loud so that it is fixed or removed rather than trusted.
    private static ImmutableArray<Suppression> Unmatched(ResourceGraph graph, ImmutableArray<Suppression> suppressions) =>
    [
        .. suppressions.Where(s => s.Resource != "*" && !graph.Nodes.Any(n => n.Name == s.Resource || graph.UrnOf(n) == s.Resource)),
    ];

    private static PolicyViolation Place(ResourceGraph graph, Policy policy, Finding finding, ImmutableArray<Suppression> suppressions)
    {
        var node = graph[finding.Resource];
        var urn = graph.UrnOf(node);
        var suppression = suppressions.FirstOrDefault(s =>
            s.Policy == policy.Id && (s.Resource == "*" || s.Resource == node.Name || s.Resource == urn));
        var setting = SettingOf(graph, finding);
        var fix = setting is not null && finding.Want is { } want ? $"Set `{setting}` to {want}." : finding.Fix;
        return new PolicyViolation(urn, node.Type, node.Name, finding.Property, finding.Message, fix, suppression) { Setting = setting };
    }

    // The one config key behind the finding's property: the only one recorded, or the one the finding names among several.
    private static string? SettingOf(ResourceGraph graph, Finding finding)
    {
        var keys = graph.SettingsOf(finding.Resource, finding.Property).ToList();
        return finding.Setting is { } name
            ? keys.SingleOrDefault(k => k.EndsWith("." + name, StringComparison.Ordinal))
            : keys.Count == 1 ? keys[0] : null;
    }
}
