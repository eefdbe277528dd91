namespace IrisStack.Policies;

/// <summary>One thing a policy found wrong: on which node, at which input path, what must be true and how to fix it.</summary>
/// <param name="Resource">The logical name of the node.</param>
/// <param name="Property">The input property path (<c>ingress</c>, <c>spec.tls</c>), empty for the node as a whole.</param>
/// <param name="Message">What is wrong and what must be true.</param>
/// <param name="Fix">How to fix the resource itself, for a stack whose config does not decide the property.</param>
public sealed record Finding(string Resource, string Property, string Message, string Fix)
{
    /// <summary>
    /// The value to put in the setting behind the property (<c>30 or more</c>), for when the stack
    /// records which config key set it; the fix then reads "Set `key` to <see cref="Want"/>.".
    /// </summary>
    public string? Want { get; init; }

    /// <summary>
    /// Which of several settings behind one property the finding concerns, as the key below its
    /// section (<c>blockedUris</c>, <c>headers.hstsMaxAgeSeconds</c>); unneeded when one key sets the property.
    /// </summary>
    public string? Setting { get; init; }
}
