namespace IrisStack.Policies;

/// <summary>How a policy came out on a stack.</summary>
public enum PolicyStatus
{
    /// <summary>It applied and everything passed (suppressed findings included).</summary>
    Passed,

    /// <summary>Nothing in the stack is of its kind.</summary>
    NotApplicable,

    /// <summary>At least one finding is not suppressed.</summary>
    Violated,

    /// <summary>Its level is disabled; it was not evaluated.</summary>
    Disabled,
}
