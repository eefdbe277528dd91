using System.Collections.Immutable;
using IrisStack.Components.Collections;

namespace IrisStack.Policies;

/// <summary>The three-valued result of evaluating a policy: compliant, not applicable, or violations.</summary>
public abstract record PolicyOutcome
{
    private PolicyOutcome()
    {
    }

    /// <summary>The policy applied and found nothing wrong.</summary>
    public static PolicyOutcome Compliant { get; } = new CompliantOutcome();

    /// <summary>The policy did not apply: the node is not of its types, or not one it is about (see <see cref="ResourcePolicy"/>).</summary>
    public static PolicyOutcome NotApplicable { get; } = new NotApplicableOutcome();

    /// <summary>Violations, or compliant when there are none.</summary>
    public static PolicyOutcome From(IEnumerable<Finding> findings)
    {
        var list = findings.ToImmutableArray();
        return list.IsEmpty ? Compliant : new ViolationsOutcome(list);
    }

    /// <summary>Compliant.</summary>
    public sealed record CompliantOutcome : PolicyOutcome;

    /// <summary>Not applicable.</summary>
    public sealed record NotApplicableOutcome : PolicyOutcome;

    /// <summary>One or more findings.</summary>
    public sealed record ViolationsOutcome(EquatableArray<Finding> Findings) : PolicyOutcome;
}
