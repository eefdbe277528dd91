using System.Collections.Immutable;
using IrisStack.Components.Config;

namespace IrisStack.Policies;

/// <summary>One policy's result on a stack, at the level the stack enforces it.</summary>
public sealed record PolicyResult(Policy Policy, EnforcementLevel Level, PolicyStatus Status, ImmutableArray<PolicyViolation> Violations)
{
    /// <summary>Findings that no suppression accepts.</summary>
    public IEnumerable<PolicyViolation> Open => Violations.Where(v => !v.IsSuppressed);

    /// <inheritdoc />
    public bool Equals(PolicyResult? other) =>
        other is not null && Policy == other.Policy && Level == other.Level && Status == other.Status && Violations.SequenceEqual(other.Violations);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Policy.Id, Level, Status);
}
