using IrisStack.Components.Collections;
using IrisStack.Components.Config;

namespace IrisStack.Policies;

/// <summary>One policy's result on a stack, at the level the stack enforces it.</summary>
public sealed record PolicyResult(Policy Policy, EnforcementLevel Level, PolicyStatus Status, EquatableArray<PolicyViolation> Violations)
{
    /// <summary>Findings that no suppression accepts.</summary>
    public IEnumerable<PolicyViolation> Open => Violations.Where(v => !v.IsSuppressed);
}
