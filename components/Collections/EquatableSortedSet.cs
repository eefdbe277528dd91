using System.Collections;
using System.Collections.Immutable;

namespace IrisStack.Components.Collections;

/// <summary>
/// An <see cref="ImmutableSortedSet{T}"/> with value equality (same items), for members of
/// records. The default value is equal to the empty set.
/// </summary>
/// <typeparam name="T">The item type.</typeparam>
public readonly struct EquatableSortedSet<T> : IEquatable<EquatableSortedSet<T>>, IReadOnlyCollection<T>
{
    private readonly ImmutableSortedSet<T>? items;

    /// <summary>Wraps <paramref name="items"/>.</summary>
    public EquatableSortedSet(ImmutableSortedSet<T> items) => this.items = items;

    /// <summary>The wrapped set (empty for the default value).</summary>
    public ImmutableSortedSet<T> Items => items ?? ImmutableSortedSet<T>.Empty;

    /// <inheritdoc />
    public int Count => Items.Count;

    /// <summary>Whether there are no items.</summary>
    public bool IsEmpty => Items.IsEmpty;

    /// <summary>Wraps a sorted set.</summary>
    public static implicit operator EquatableSortedSet<T>(ImmutableSortedSet<T> items) => new(items);

    /// <summary>Unwraps to the sorted set.</summary>
    public static implicit operator ImmutableSortedSet<T>(EquatableSortedSet<T> set) => set.Items;

    /// <summary>Item-wise equality.</summary>
    public static bool operator ==(EquatableSortedSet<T> left, EquatableSortedSet<T> right) => left.Equals(right);

    /// <summary>Item-wise inequality.</summary>
    public static bool operator !=(EquatableSortedSet<T> left, EquatableSortedSet<T> right) => !left.Equals(right);

    /// <summary>Unwraps to the sorted set (the named alternative to the implicit conversion).</summary>
    public ImmutableSortedSet<T> ToImmutableSortedSet() => Items;

    /// <summary>Whether the set holds <paramref name="item"/>.</summary>
    public bool Contains(T item) => Items.Contains(item);

    /// <inheritdoc />
    public bool Equals(EquatableSortedSet<T> other) => Items.SetEquals(other.Items);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is EquatableSortedSet<T> other && Equals(other);

    /// <inheritdoc />
    /// <remarks>Order-independent, so sets with different comparers but equal items hash alike.</remarks>
    public override int GetHashCode()
    {
        var hash = Count;
        foreach (var item in Items)
        {
            hash ^= item?.GetHashCode() ?? 0;
        }

        return hash;
    }

    /// <summary>A struct enumerator over the items in order.</summary>
    public ImmutableSortedSet<T>.Enumerator GetEnumerator() => Items.GetEnumerator();

    /// <inheritdoc />
    IEnumerator<T> IEnumerable<T>.GetEnumerator() => GetEnumerator();

    /// <inheritdoc />
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
