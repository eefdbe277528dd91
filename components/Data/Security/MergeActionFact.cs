using IrisStack.Components.Collections;

namespace IrisStack.Components.Data.Security;

/// <summary>A merge action (<c>[Actions]</c>) and the properties the reference gives for it.</summary>
/// <param name="Name">The action name.</param>
/// <param name="Source">The source's short name in iris.md §0.</param>
/// <param name="Properties">Its properties.</param>
public sealed record MergeActionFact(string Name, string Source, EquatableArray<MergePropertyFact> Properties)
{
    /// <summary>The fact for a property, or null when the reference does not give it.</summary>
    public MergePropertyFact? Property(string name) => Properties.FirstOrDefault(p => p.Name == name);
}
