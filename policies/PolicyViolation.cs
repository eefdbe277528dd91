using IrisStack.Components.Config;

namespace IrisStack.Policies;

/// <summary>A finding placed in the stack: the resource's URN and type, and the suppression that accepts it, if any.</summary>
public sealed record PolicyViolation(string Urn, string ResourceType, string Resource, string Property, string Message, string Fix, Suppression? SuppressedBy)
{
    /// <summary>Whether a suppression accepts the finding.</summary>
    public bool IsSuppressed => SuppressedBy is not null;
}
