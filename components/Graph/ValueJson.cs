using System.Collections.Immutable;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace IrisStack.Components.Graph;

/// <summary>
/// The plan's JSON form of input values: secrets masked as <c>[secret]</c>, references as
/// <c>${name.output}</c>, interpolations as one string with references inline. Reading turns
/// those strings back into references, so a saved plan can be checked again.
/// </summary>
public static partial class ValueJson
{
    /// <summary>Writes a value; no secret's content is ever written.</summary>
    public static void Write(Utf8JsonWriter writer, Value value) =>
        Write(writer, value, (w, v) => w.WriteStringValue(ValueText.Display(v)));

    /// <summary>
    /// Writes the literal structure of a value (null, booleans, numbers, strings, lists, maps) and
    /// hands every other leaf (a reference, an external input, a secret, an interpolation) to
    /// <paramref name="other"/>.
    /// </summary>
    public static void Write(Utf8JsonWriter writer, Value value, Action<Utf8JsonWriter, Value> other)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(other);
        switch (value)
        {
            case NullValue:
                writer.WriteNullValue();
                break;
            case BoolValue b:
                writer.WriteBooleanValue(b.Value);
                break;
            case NumberValue n when n.Value == Math.Floor(n.Value) && Math.Abs(n.Value) < 1e15:
                writer.WriteNumberValue((long)n.Value);
                break;
            case NumberValue n:
                writer.WriteNumberValue(n.Value);
                break;
            case StringValue s:
                writer.WriteStringValue(s.Value);
                break;
            case ListValue list:
                writer.WriteStartArray();
                foreach (var item in list.Items)
                {
                    Write(writer, item, other);
                }

                writer.WriteEndArray();
                break;
            case MapValue map:
                writer.WriteStartObject();
                foreach (var (key, item) in map.Entries)
                {
                    writer.WritePropertyName(key);
                    Write(writer, item, other);
                }

                writer.WriteEndObject();
                break;
            case OutputReference or ResourceReference or ExternalInput or SecretValue or InterpolationValue:
                other(writer, value);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(value), value.GetType().Name, "Unknown value kind.");
        }
    }

    /// <summary>Reads a value written by <see cref="Write(Utf8JsonWriter, Value)"/> (or any JSON: Pulumi preview inputs).</summary>
    public static Value Read(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => NullValue.Instance,
        JsonValueKind.True => new BoolValue(true),
        JsonValueKind.False => new BoolValue(false),
        JsonValueKind.Number => new NumberValue(element.GetDouble()),
        JsonValueKind.String => ReadString(element.GetString() ?? string.Empty),
        JsonValueKind.Array => new ListValue([.. element.EnumerateArray().Select(Read)]),
        JsonValueKind.Object => MapValue.Of(element.EnumerateObject().Select(p => (p.Name, (Value?)Read(p.Value)))),
        _ => throw new ArgumentOutOfRangeException(nameof(element), element.ValueKind, "Unknown JSON value kind."),
    };

    private static Value ReadString(string text)
    {
        if (text == SecretValue.Mask)
        {
            return new SecretValue(NullValue.Instance);
        }

        if (ResourcePattern().Match(text) is { Success: true } resource)
        {
            return new ResourceReference(resource.Groups[1].Value);
        }

        var matches = ReferencePattern().Matches(text);
        if (matches.Count == 0)
        {
            return text;
        }

        if (matches.Count == 1 && matches[0].Length == text.Length)
        {
            return new OutputReference(matches[0].Groups[1].Value, matches[0].Groups[2].Value);
        }

        var parts = ImmutableArray.CreateBuilder<Value>();
        var position = 0;
        foreach (Match match in matches)
        {
            if (match.Index > position)
            {
                parts.Add(text[position..match.Index]);
            }

            parts.Add(new OutputReference(match.Groups[1].Value, match.Groups[2].Value));
            position = match.Index + match.Length;
        }

        if (position < text.Length)
        {
            parts.Add(text[position..]);
        }

        return new InterpolationValue(parts.ToImmutable());
    }

    // A whole node: ${name}, with no output after a dot.
    [GeneratedRegex(@"^\$\{([A-Za-z0-9_:-]+)\}$")]
    private static partial Regex ResourcePattern();

    [GeneratedRegex(@"\$\{([A-Za-z0-9_.:-]+?)\.([A-Za-z0-9_]+)\}")]
    private static partial Regex ReferencePattern();
}
