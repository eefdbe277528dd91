using IrisStack.Components.Collections;

namespace IrisStack.Components.Config;

/// <summary>A structured map value.</summary>
public sealed record ConfigMap(EquatableSortedDictionary<string, ConfigNode> Entries) : ConfigNode
{
    /// <inheritdoc />
    public override string Describe() => "a map";
}
