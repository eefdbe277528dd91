using System.Collections;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;

namespace IrisStack.Components.Collections;

/// <summary>
/// An <see cref="ImmutableArray{T}"/> with value equality, for members of config and spec records:
/// the record's generated <c>Equals</c>/<c>GetHashCode</c> then compare the items, so a new field
/// can never be skipped by a hand-written override. The default value is equal to the empty array.
/// </summary>
/// <typeparam name="T">The item type; its own equality is used.</typeparam>
[CollectionBuilder(typeof(EquatableArray), nameof(EquatableArray.Create))]
public readonly struct EquatableArray<T> : IEquatable<EquatableArray<T>>, IReadOnlyList<T>
{
    private readonly ImmutableArray<T> items;

    /// <summary>Wraps <paramref name="items"/>; a default array is treated as empty.</summary>
    public EquatableArray(ImmutableArray<T> items) => this.items = items.IsDefault ? [] : items;

    /// <summary>The wrapped array (never default).</summary>
    public ImmutableArray<T> Items => items.IsDefault ? [] : items;

    /// <summary>The number of items.</summary>
    public int Length => Items.Length;

    /// <inheritdoc />
    int IReadOnlyCollection<T>.Count => Length;

    /// <summary>Whether there are no items.</summary>
    public bool IsEmpty => Items.IsEmpty;

    /// <summary>The item at <paramref name="index"/>.</summary>
    public T this[int index] => Items[index];

    /// <summary>Wraps an immutable array.</summary>
    public static implicit operator EquatableArray<T>(ImmutableArray<T> items) => new(items);

    /// <summary>Copies an array.</summary>
    public static implicit operator EquatableArray<T>(T[] items) => new([.. items]);

    /// <summary>Unwraps to the immutable array.</summary>
    public static implicit operator ImmutableArray<T>(EquatableArray<T> array) => array.Items;

    /// <summary>Item-wise equality.</summary>
    public static bool operator ==(EquatableArray<T> left, EquatableArray<T> right) => left.Equals(right);

    /// <summary>Item-wise inequality.</summary>
    public static bool operator !=(EquatableArray<T> left, EquatableArray<T> right) => !left.Equals(right);

    /// <summary>Unwraps to the immutable array (the named alternative to the implicit conversion).</summary>
    public ImmutableArray<T> ToImmutableArray() => Items;

    /// <summary>The index of the first item equal to <paramref name="item"/>, or -1.</summary>
    public int IndexOf(T item) => Items.IndexOf(item);

    /// <inheritdoc />
    public bool Equals(EquatableArray<T> other) => Items.AsSpan().SequenceEqual(other.Items.AsSpan(), EqualityComparer<T>.Default);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is EquatableArray<T> other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        foreach (var item in Items)
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }

    /// <summary>A struct enumerator over the items (no allocation).</summary>
    public ImmutableArray<T>.Enumerator GetEnumerator() => Items.GetEnumerator();

    /// <inheritdoc />
    IEnumerator<T> IEnumerable<T>.GetEnumerator() => ((IEnumerable<T>)Items).GetEnumerator();

    /// <inheritdoc />
    IEnumerator IEnumerable.GetEnumerator() => ((IEnumerable<T>)Items).GetEnumerator();

    /// <inheritdoc />
    public override string ToString() => $"[{string.Join(", ", Items)}]";
}
