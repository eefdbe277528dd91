using System.Collections.Immutable;
using IrisStack.Components.Collections;

namespace IrisStack.Components.Graph;

/// <summary>A map from string keys to values, kept in ordinal key order so output is deterministic.</summary>
public sealed record MapValue(EquatableSortedDictionary<string, Value> Entries) : Value
{
    /// <summary>The empty map.</summary>
    public static MapValue Empty { get; } = new(ImmutableSortedDictionary.Create<string, Value>(StringComparer.Ordinal));

    /// <summary>A map of the given entries; entries whose value is a C# null are left out (unset inputs).</summary>
    public static MapValue Of(params IEnumerable<(string Key, Value? Value)> entries)
    {
        var builder = ImmutableSortedDictionary.CreateBuilder<string, Value>(StringComparer.Ordinal);
        foreach (var (key, value) in entries)
        {
            if (value is not null)
            {
                builder.Add(key, value);
            }
        }

        return new MapValue(builder.ToImmutable());
    }

    /// <summary>A map of string tags.</summary>
    public static MapValue Strings(IEnumerable<KeyValuePair<string, string>> entries) =>
        Of(entries.Select(e => (e.Key, (Value?)new StringValue(e.Value))));

    /// <summary>The value at <paramref name="key"/>, or null when absent.</summary>
    public Value? this[string key] => Entries.GetValueOrDefault(key);

    /// <summary>This map with one entry added or replaced.</summary>
    public MapValue With(string key, Value value) => new(Entries.SetItem(key, value));
}
