using System.Collections.Immutable;
using IrisStack.Components.Collections;
using IrisStack.Components.Config;

namespace IrisStack.Policies;

/// <summary>Every policy's result on one stack, in the pack's order.</summary>
public sealed record PolicyReport(string Project, string Stack, EquatableArray<PolicyResult> Results)
{
    /// <summary>Open findings of mandatory policies: any fails the preview.</summary>
    public int MandatoryViolations => Count(EnforcementLevel.Mandatory);

    /// <summary>Open findings of advisory policies: warnings.</summary>
    public int AdvisoryViolations => Count(EnforcementLevel.Advisory);

    /// <summary>
    /// Suppressions whose resource is no node of the stack (neither a logical name nor a URN): they
    /// suppress nothing, which usually means a typo or a resource that is gone. Reported, never fatal.
    /// </summary>
    public EquatableArray<Suppression> UnmatchedSuppressions { get; init; } = [];

    /// <summary>
    /// Resource types present that no enabled policy examines, with how many resources of each:
    /// what a passing report did not check. Providers and IrisStack's own component nodes, which
    /// create nothing in the cloud, are left out.
    /// </summary>
    public EquatableSortedDictionary<string, int> NotCovered { get; init; } = ImmutableSortedDictionary<string, int>.Empty;

    /// <summary>
    /// Where the enforcement levels came from when that is not the stack's own file, said in the
    /// report (<c>the default levels: no --stack was given</c>); null for the stack's own settings.
    /// </summary>
    public string? LevelsNote { get; init; }

    /// <summary>Whether the preview may go on.</summary>
    public bool Passed => MandatoryViolations == 0;

    private int Count(EnforcementLevel level) => Results.Where(r => r.Level == level).Sum(r => r.Open.Count());
}
