using System.Collections.Immutable;
using System.Globalization;
using IrisStack.Components.Collections;

namespace IrisStack.Components.Graph;

/// <summary>
/// An input value of a resource: a small closed tree (null, bool, number, string, list, map,
/// a reference to another node's output, a secret, an interpolation). Nothing else, so the
/// Pulumi adapter and the policies can handle every case with one switch.
/// </summary>
public abstract record Value
{
    private protected Value()
    {
    }

    /// <summary>A string literal.</summary>
    public static implicit operator Value(string value) => new StringValue(value);

    /// <summary>A boolean literal.</summary>
    public static implicit operator Value(bool value) => new BoolValue(value);

    /// <summary>An integral number literal.</summary>
    public static implicit operator Value(int value) => new NumberValue(value);

    /// <summary>A number literal.</summary>
    public static implicit operator Value(double value) => new NumberValue(value);

    /// <summary>Values that are or contain a secret.</summary>
    public bool ContainsSecret => this switch
    {
        SecretValue => true,
        ListValue list => list.Items.Any(i => i.ContainsSecret),
        MapValue map => map.Entries.Values.Any(v => v.ContainsSecret),
        InterpolationValue interpolation => interpolation.Parts.Any(p => p.ContainsSecret),
        _ => false,
    };

    /// <summary>Every external input inside this value, in order.</summary>
    public IEnumerable<ExternalInput> Externals() => this switch
    {
        ExternalInput e => [e],
        SecretValue s => s.Inner.Externals(),
        ListValue list => list.Items.SelectMany(i => i.Externals()),
        MapValue map => map.Entries.Values.SelectMany(v => v.Externals()),
        InterpolationValue i => i.Parts.SelectMany(p => p.Externals()),
        _ => [],
    };

    /// <summary>Every node this value refers to (by an output or as a whole resource), in order.</summary>
    public IEnumerable<string> NodeReferences() => this switch
    {
        ResourceReference r => [r.Node],
        SecretValue s => s.Inner.NodeReferences(),
        ListValue list => list.Items.SelectMany(i => i.NodeReferences()),
        MapValue map => map.Entries.Values.SelectMany(v => v.NodeReferences()),
        _ => References().Select(r => r.Node),
    };

    /// <summary>Every output reference inside this value, in order.</summary>
    public IEnumerable<OutputReference> References() => this switch
    {
        OutputReference r => [r],
        SecretValue s => s.Inner.References(),
        ListValue list => list.Items.SelectMany(i => i.References()),
        MapValue map => map.Entries.Values.SelectMany(v => v.References()),
        InterpolationValue i => i.Parts.SelectMany(p => p.References()),
        _ => [],
    };
}

/// <summary>An explicit null (a C# null entry in a map means "leave the input unset").</summary>
public sealed record NullValue : Value
{
    /// <summary>The one null value.</summary>
    public static NullValue Instance { get; } = new();
}

/// <summary>A boolean.</summary>
public sealed record BoolValue(bool Value) : Value;

/// <summary>A number; Pulumi sends every number to the engine as a double.</summary>
public sealed record NumberValue(double Value) : Value
{
    /// <summary>The number as invariant text, integral values without a fraction.</summary>
    public override string ToString() => Value.ToString("R", CultureInfo.InvariantCulture);
}

/// <summary>A string.</summary>
public sealed record StringValue(string Value) : Value
{
    /// <inheritdoc />
    public override string ToString() => Value;
}

/// <summary>A list of values.</summary>
public sealed record ListValue(EquatableArray<Value> Items) : Value
{
    /// <summary>A list of the given values.</summary>
    public static ListValue Of(params IEnumerable<Value> items) => new([.. items]);
}

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

/// <summary>A reference to an output of another node of the graph (<c>${vpc.id}</c>).</summary>
public sealed record OutputReference(string Node, string Output) : Value
{
    /// <summary>The reference as Pulumi-style text.</summary>
    public override string ToString() => $"${{{Node}.{Output}}}";
}

/// <summary>
/// Another node of the graph as a whole, passed as a resource reference (the eks Cluster component
/// handed to a ManagedNodeGroup), not one of its outputs. Plans show it as <c>${name}</c>.
/// </summary>
/// <param name="Node">The referenced node's logical name.</param>
public sealed record ResourceReference(string Node) : Value
{
    /// <summary>The reference as plans show it.</summary>
    public override string ToString() => $"${{{Node}}}";
}

/// <summary>
/// A value that comes from outside the graph: an input of a component that only passes through
/// (an existing VPC's id, another layer's output, a key ARN). Layers use it like a reference; the
/// Pulumi component binds it to the <c>Input</c> it was given, and previews show it as
/// <c>&lt;input: name&gt;</c>.
/// </summary>
/// <param name="Name">The input's name, as the component's args call it (<c>vpcId</c>, <c>privateSubnets[0].id</c>).</param>
public sealed record ExternalInput(string Name) : Value
{
    /// <summary>The input as previews show it.</summary>
    public override string ToString() => $"<input: {Name}>";
}

/// <summary>A value that must stay secret in the engine, the plan and every artifact.</summary>
public sealed record SecretValue(Value Inner) : Value
{
    /// <summary>What every output shows in place of a secret.</summary>
    public const string Mask = "[secret]";

    /// <summary>The mask: a secret never prints its content, in logs, messages or assertions.</summary>
    public override string ToString() => Mask;
}

/// <summary>A string built from literals and output references, like <c>Output.Format</c>.</summary>
public sealed record InterpolationValue(EquatableArray<Value> Parts) : Value
{
    /// <summary>An interpolation of the given parts (strings and references).</summary>
    public static InterpolationValue Of(params IEnumerable<Value> parts)
    {
        var list = parts.ToImmutableArray();
        if (list.Any(p => p is not (StringValue or OutputReference or ExternalInput or SecretValue)))
        {
            throw new ArgumentException("An interpolation holds only strings, references, external inputs and secrets.", nameof(parts));
        }

        return new InterpolationValue(list);
    }
}
