namespace IrisStack.Components.Tests.Schema;

/// <summary>
/// A property type as the facts write it: <c>string</c>, <c>integer</c>, <c>number</c>,
/// <c>boolean</c>, <c>any</c>, <c>array&lt;T&gt;</c>, <c>map&lt;T&gt;</c> or <c>object:Name</c>
/// (shape under the entry's <c>nested</c>).
/// </summary>
public abstract record SchemaType
{
    /// <summary>Parses the facts notation.</summary>
    public static SchemaType Parse(string text) => text switch
    {
        "string" or "integer" or "number" or "boolean" or "any" => new ScalarType(text),
        _ when text.StartsWith("array<", StringComparison.Ordinal) && text.EndsWith('>') => new ArrayType(Parse(text[6..^1])),
        _ when text.StartsWith("map<", StringComparison.Ordinal) && text.EndsWith('>') => new MapType(Parse(text[4..^1])),
        _ when text.StartsWith("object:", StringComparison.Ordinal) => new ObjectType(text[7..]),
        _ => throw new FormatException($"Unknown schema type '{text}'."),
    };
}

/// <summary>string, integer, number, boolean or any.</summary>
public sealed record ScalarType(string Name) : SchemaType
{
    /// <inheritdoc />
    public override string ToString() => Name;
}

/// <summary>A list of <see cref="Element"/>.</summary>
public sealed record ArrayType(SchemaType Element) : SchemaType
{
    /// <inheritdoc />
    public override string ToString() => $"array<{Element}>";
}

/// <summary>A map from string keys to <see cref="Element"/>.</summary>
public sealed record MapType(SchemaType Element) : SchemaType
{
    /// <inheritdoc />
    public override string ToString() => $"map<{Element}>";
}

/// <summary>An object whose shape is the nested type <see cref="Name"/>.</summary>
public sealed record ObjectType(string Name) : SchemaType
{
    /// <inheritdoc />
    public override string ToString() => $"object:{Name}";
}
