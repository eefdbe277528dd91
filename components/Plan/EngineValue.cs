using System.Collections.Immutable;
using IrisStack.Components.Collections;

namespace IrisStack.Components.Plan;

/// <summary>
/// An input value as the Pulumi adapter hands it to the engine: a small closed tree whose every
/// leaf maps onto one SDK construct (a plain scalar, <c>ImmutableArray</c>,
/// <c>ImmutableDictionary</c>, a resource output, <c>Output.CreateSecret</c>, a concatenation
/// of outputs). Numbers are doubles, as the engine receives them.
/// </summary>
public abstract record EngineValue
{
    private protected EngineValue()
    {
    }
}

/// <summary>A plain scalar: null, <see cref="bool"/>, <see cref="double"/> or <see cref="string"/>.</summary>
public sealed record EngineScalar : EngineValue
{
    private EngineScalar(object? value) => Value = value;

    /// <summary>The null scalar.</summary>
    public static EngineScalar Null { get; } = new((object?)null);

    /// <summary>The scalar value: null, bool, double or string, nothing else.</summary>
    public object? Value { get; }

    /// <summary>A boolean.</summary>
    public static EngineScalar Of(bool value) => new(value);

    /// <summary>A number (the engine only knows doubles).</summary>
    public static EngineScalar Of(double value) => new(value);

    /// <summary>A string.</summary>
    public static EngineScalar Of(string value) => new(value);
}

/// <summary>A list (registered as <c>ImmutableArray&lt;object?&gt;</c>).</summary>
public sealed record EngineList(EquatableArray<EngineValue> Items) : EngineValue;

/// <summary>A map with string keys in ordinal order (registered as <c>ImmutableDictionary&lt;string, object?&gt;</c>).</summary>
public sealed record EngineMap(EquatableSortedDictionary<string, EngineValue> Entries) : EngineValue
{
    /// <summary>The value at <paramref name="key"/>, or null.</summary>
    public EngineValue? this[string key] => Entries.GetValueOrDefault(key);
}

/// <summary>An output of a node registered earlier (an <c>Output&lt;object?&gt;</c> read off that resource).</summary>
public sealed record EngineReference(string Node, string Output) : EngineValue;

/// <summary>A value the engine must keep secret (<c>Output.CreateSecret</c>).</summary>
public sealed record EngineSecret(EngineValue Inner) : EngineValue
{
    /// <summary>The mask: a secret never prints its content, in logs, messages or assertions.</summary>
    public override string ToString() => Config.SecretString.Mask;
}

/// <summary>
/// A string concatenated from literal strings, references and secrets once all are known
/// (<c>Output.All(...).Apply(string.Concat)</c>); secret if any part is.
/// </summary>
public sealed record EngineFormat(EquatableArray<EngineValue> Parts) : EngineValue;
