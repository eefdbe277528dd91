using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Json;
using IrisStack.Components.Graph;

namespace IrisStack.Components.Plan;

/// <summary>Converts graph values into engine values and JSON-encodes values the SDK sends as JSON text.</summary>
public static class EngineValues
{
    /// <summary>The engine form of a graph value; secrets stay secret at any depth.</summary>
    public static EngineValue From(Value value) => value switch
    {
        NullValue => EngineScalar.Null,
        BoolValue b => EngineScalar.Of(b.Value),
        NumberValue n => EngineScalar.Of(n.Value),
        StringValue s => EngineScalar.Of(s.Value),
        ListValue list => new EngineList([.. list.Items.Select(From)]),
        MapValue map => new EngineMap(map.Entries.ToImmutableSortedDictionary(e => e.Key, e => From(e.Value), StringComparer.Ordinal)),
        OutputReference r => new EngineReference(r.Node, r.Output),
        SecretValue s => new EngineSecret(From(s.Inner)),
        InterpolationValue i when i.Parts.All(p => p is StringValue) => EngineScalar.Of(string.Concat(i.Parts.Cast<StringValue>().Select(p => p.Value))),
        InterpolationValue i => new EngineFormat([.. i.Parts.Select(From)]),
        _ => throw new ArgumentOutOfRangeException(nameof(value), value.GetType().Name, "Unknown value kind."),
    };

    /// <summary>
    /// The value as the JSON text the typed SDK would send (<c>true</c>, <c>{"qps":5}</c>); a
    /// secret stays a secret around the text. Values that are only known at deployment time
    /// (references, interpolations) cannot be encoded here and are refused.
    /// </summary>
    public static EngineValue JsonEncoded(EngineValue value, string where)
    {
        if (value is EngineSecret secret)
        {
            return new EngineSecret(JsonEncoded(secret.Inner, where));
        }

        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            WriteJson(writer, value, where);
        }

        return EngineScalar.Of(Encoding.UTF8.GetString(stream.ToArray()));
    }

    private static void WriteJson(Utf8JsonWriter writer, EngineValue value, string where)
    {
        switch (value)
        {
            case EngineScalar { Value: null }:
                writer.WriteNullValue();
                break;
            case EngineScalar { Value: bool b }:
                writer.WriteBooleanValue(b);
                break;
            case EngineScalar { Value: double d } when d == Math.Floor(d) && Math.Abs(d) < 1e15:
                writer.WriteRawValue(((long)d).ToString(CultureInfo.InvariantCulture));
                break;
            case EngineScalar { Value: double d }:
                writer.WriteNumberValue(d);
                break;
            case EngineScalar { Value: string s }:
                writer.WriteStringValue(s);
                break;
            case EngineList list:
                writer.WriteStartArray();
                foreach (var item in list.Items)
                {
                    WriteJson(writer, item, where);
                }

                writer.WriteEndArray();
                break;
            case EngineMap map:
                writer.WriteStartObject();
                foreach (var (key, item) in map.Entries)
                {
                    writer.WritePropertyName(key);
                    WriteJson(writer, item, where);
                }

                writer.WriteEndObject();
                break;
            default:
                throw new InvalidOperationException(
                    $"{where} is sent JSON-encoded, so it must be a plain value; it holds a {value.GetType().Name} (a reference, an interpolation or a nested secret). Pass a plain value, or make the whole input secret.");
        }
    }
}
