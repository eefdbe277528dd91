using IrisStack.Components.Collections;

namespace IrisStack.Components.Graph;

/// <summary>A list of values.</summary>
public sealed record ListValue(EquatableArray<Value> Items) : Value
{
    /// <summary>A list of the given values.</summary>
    public static ListValue Of(params IEnumerable<Value> items) => new([.. items]);
}
