using System.Collections;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;

namespace IrisStack.Components.Collections;

/// <summary>
/// An <see cref="ImmutableSortedDictionary{TKey, TValue}"/> with value equality (same keys, equal
/// values; the key comparers are not compared), for members of config and spec records. The default value is equal to the empty map.
/// </summary>
/// <typeparam name="TKey">The key type.</typeparam>
/// <typeparam name="TValue">The value type; its own equality is used.</typeparam>
public readonly struct EquatableSortedDictionary<TKey, TValue> : IEquatable<EquatableSortedDictionary<TKey, TValue>>, IReadOnlyDictionary<TKey, TValue>
    where TKey : notnull
{
    private readonly ImmutableSortedDictionary<TKey, TValue>? entries;

    /// <summary>Wraps <paramref name="entries"/>.</summary>
    public EquatableSortedDictionary(ImmutableSortedDictionary<TKey, TValue> entries) => this.entries = entries;

    /// <summary>The wrapped dictionary (empty for the default value).</summary>
    public ImmutableSortedDictionary<TKey, TValue> Entries => entries ?? ImmutableSortedDictionary<TKey, TValue>.Empty;

    /// <inheritdoc />
    public int Count => Entries.Count;

    /// <summary>Whether there are no entries.</summary>
    public bool IsEmpty => Entries.IsEmpty;

    /// <inheritdoc />
    public IEnumerable<TKey> Keys => Entries.Keys;

    /// <inheritdoc />
    public IEnumerable<TValue> Values => Entries.Values;

    /// <inheritdoc />
    public TValue this[TKey key] => Entries[key];

    /// <summary>Wraps a sorted dictionary.</summary>
    public static implicit operator EquatableSortedDictionary<TKey, TValue>(ImmutableSortedDictionary<TKey, TValue> entries) => new(entries);

    /// <summary>Unwraps to the sorted dictionary.</summary>
    public static implicit operator ImmutableSortedDictionary<TKey, TValue>(EquatableSortedDictionary<TKey, TValue> map) => map.Entries;

    /// <summary>Entry-wise equality.</summary>
    public static bool operator ==(EquatableSortedDictionary<TKey, TValue> left, EquatableSortedDictionary<TKey, TValue> right) => left.Equals(right);

    /// <summary>Entry-wise inequality.</summary>
    public static bool operator !=(EquatableSortedDictionary<TKey, TValue> left, EquatableSortedDictionary<TKey, TValue> right) => !left.Equals(right);

    /// <summary>Unwraps to the sorted dictionary (the named alternative to the implicit conversion).</summary>
    public ImmutableSortedDictionary<TKey, TValue> ToImmutableSortedDictionary() => Entries;

    /// <summary>A copy with <paramref name="key"/> set to <paramref name="value"/>.</summary>
    public EquatableSortedDictionary<TKey, TValue> SetItem(TKey key, TValue value) => new(Entries.SetItem(key, value));

    /// <summary>A copy without <paramref name="key"/>.</summary>
    public EquatableSortedDictionary<TKey, TValue> Remove(TKey key) => new(Entries.Remove(key));

    /// <inheritdoc />
    public bool ContainsKey(TKey key) => Entries.ContainsKey(key);

    /// <inheritdoc />
    public bool TryGetValue(TKey key, [MaybeNullWhen(false)] out TValue value) => Entries.TryGetValue(key, out value);

    /// <inheritdoc />
    public bool Equals(EquatableSortedDictionary<TKey, TValue> other)
    {
        var mine = Entries;
        var theirs = other.Entries;
        if (mine.Count != theirs.Count)
        {
            return false;
        }

        var values = EqualityComparer<TValue>.Default;
        foreach (var (key, value) in mine)
        {
            if (!theirs.TryGetValue(key, out var theirValue) || !values.Equals(value, theirValue))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is EquatableSortedDictionary<TKey, TValue> other && Equals(other);

    /// <inheritdoc />
    /// <remarks>Order-independent, so maps with different key comparers but equal entries hash alike.</remarks>
    public override int GetHashCode()
    {
        var hash = Count;
        foreach (var (key, value) in Entries)
        {
            hash ^= HashCode.Combine(key, value);
        }

        return hash;
    }

    /// <summary>A struct enumerator over the entries in key order.</summary>
    public ImmutableSortedDictionary<TKey, TValue>.Enumerator GetEnumerator() => Entries.GetEnumerator();

    /// <inheritdoc />
    IEnumerator<KeyValuePair<TKey, TValue>> IEnumerable<KeyValuePair<TKey, TValue>>.GetEnumerator() => GetEnumerator();

    /// <inheritdoc />
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
