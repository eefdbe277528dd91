namespace IrisStack.Components.Collections;

/// <summary>Creates <see cref="EquatableArray{T}"/> values; the builder behind collection expressions.</summary>
public static class EquatableArray
{
    /// <summary>Copies <paramref name="items"/> (used by <c>[a, b]</c> collection expressions).</summary>
    public static EquatableArray<T> Create<T>(ReadOnlySpan<T> items) => new([.. items]);

    /// <summary>Wraps a sequence's items, in order.</summary>
    public static EquatableArray<T> ToEquatableArray<T>(this IEnumerable<T> items) => new([.. items]);
}
