using IrisStack.Components.Config;

namespace IrisStack.Policies;

/// <summary>A finding placed in the stack: the resource's URN and type, and the suppression that accepts it, if any.</summary>
public sealed record PolicyViolation(string Urn, string ResourceType, string Resource, string Property, string Message, string Fix, Suppression? SuppressedBy)
{
    /// <summary>
    /// The full config key to change (<c>iris-stack:network.flowLogRetentionDays</c>), or null when no
    /// single setting decides the property (the stack's code, or a resource IrisStack did not build).
    /// </summary>
    public string? Setting { get; init; }

    /// <summary>Whether a suppression accepts the finding.</summary>
    public bool IsSuppressed => SuppressedBy is not null;
}
