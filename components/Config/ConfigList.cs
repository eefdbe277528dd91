using IrisStack.Components.Collections;

namespace IrisStack.Components.Config;

/// <summary>A structured list value.</summary>
public sealed record ConfigList(EquatableArray<ConfigNode> Items) : ConfigNode
{
    /// <inheritdoc />
    public override string Describe() => "a list";
}
