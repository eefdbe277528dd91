using System.Collections.Immutable;
using System.Text;
using System.Text.Json;
using IrisStack.Components.Graph;

namespace IrisStack.Components.Plan;

/// <summary>
/// Puts graph values into the form the Pulumi adapter registers: interpolations made only of
/// literals become the one string they are (the engine needs no <c>Output.All</c> for them), and
/// values the typed SDK sends as JSON text are JSON-encoded. The result is still a
/// <see cref="Value"/>: every leaf maps onto one SDK construct.
/// </summary>
public static class RegistrationValues
{
    /// <summary>The registration form of a graph value; secrets stay secret at any depth.</summary>
    public static Value Normalize(Value value) => value switch
    {
        ListValue list => new ListValue([.. list.Items.Select(Normalize)]),
        MapValue map => new MapValue(map.Entries.ToImmutableSortedDictionary(e => e.Key, e => Normalize(e.Value), StringComparer.Ordinal)),
        SecretValue s => new SecretValue(Normalize(s.Inner)),
        InterpolationValue i when i.Parts.All(p => p is StringValue) => new StringValue(string.Concat(i.Parts.Cast<StringValue>().Select(p => p.Value))),
        InterpolationValue i => new InterpolationValue([.. i.Parts.Select(Normalize)]),
        _ => value,
    };

    /// <summary>
    /// The value as the JSON text the typed SDK would send (<c>true</c>, <c>{"qps":5}</c>); a
    /// secret stays a secret around the text. Values that are only known at deployment time
    /// (references, interpolations) cannot be encoded here and are refused.
    /// </summary>
    public static Value JsonEncoded(Value value, string where)
    {
        if (value is SecretValue secret)
        {
            return new SecretValue(JsonEncoded(secret.Inner, where));
        }

        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            ValueJson.Write(writer, value, (_, leaf) => throw new InvalidOperationException(
                $"{where} is sent JSON-encoded, so it must be a plain value; it holds a {leaf.GetType().Name} (a reference, an external input, an interpolation or a nested secret). Pass a plain value, or make the whole input secret."));
        }

        return new StringValue(Encoding.UTF8.GetString(stream.ToArray()));
    }
}
