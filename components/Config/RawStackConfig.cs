using IrisStack.Components.Collections;

namespace IrisStack.Components.Config;

/// <summary>
/// Every configuration key of one stack (<c>namespace:key</c>, e.g. <c>aws:region</c>,
/// <c>iris-stack:network</c>) with its raw value, wherever it came from.
/// </summary>
public sealed record RawStackConfig(string Project, string Stack, EquatableSortedDictionary<string, ConfigNode> Values)
{
    /// <summary>
    /// The folder of the stack files, which relative paths in settings are resolved against; null
    /// for the working directory, where Pulumi runs a program (its project folder).
    /// </summary>
    public string? ProjectDirectory { get; init; }
}
