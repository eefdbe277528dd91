namespace IrisStack.Components.Graph;

/// <summary>
/// Another node of the graph as a whole, passed as a resource reference (the eks Cluster component
/// handed to a ManagedNodeGroup), not one of its outputs. Plans show it as <c>${name}</c>.
/// </summary>
/// <param name="Node">The referenced node's logical name.</param>
public sealed record ResourceReference(string Node) : Value
{
    /// <summary>The reference as plans show it.</summary>
    public override string ToString() => $"${{{Node}}}";
}
