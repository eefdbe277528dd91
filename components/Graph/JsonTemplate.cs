using System.Text.Json;
using System.Text.Json.Nodes;

namespace IrisStack.Components.Graph;

/// <summary>
/// Renders a JSON document (an IAM or key policy) that may contain output references, as the
/// string input AWS expects: a plain string when it has none, else an interpolation whose
/// literal parts are the JSON text around each reference.
/// </summary>
public static class JsonTemplate
{
    private const string Marker = "\u0001ref:";

    /// <summary>A placeholder for an output reference inside a <see cref="JsonNode"/> tree.</summary>
    public static JsonNode Ref(OutputReference reference) => JsonValue.Create($"{Marker}{reference.Node}\u0002{reference.Output}\u0001")!;

    /// <summary>A string that is literal text around output references (e.g. an ARN suffix).</summary>
    public static JsonNode Concat(params IEnumerable<Value> parts) =>
        JsonValue.Create(string.Concat(parts.Select(p => p switch
        {
            StringValue s => s.Value,
            OutputReference r => $"{Marker}{r.Node}\u0002{r.Output}\u0001",
            // A component's input (another component's output, bound at registration) stands where a reference would.
            ExternalInput e => $"{Marker}\u0003{e.Name}\u0001",
            _ => throw new ArgumentException("Only strings, references and inputs can be concatenated.", nameof(parts)),
        })))!;

    /// <summary>
    /// A property name that is literal text around output references, for JSON keys that hold an
    /// output (an IRSA condition key such as <c>${cluster.oidcIssuer}:sub</c>): use it as the key of a
    /// <see cref="JsonObject"/>; <see cref="Render"/> turns it into interpolation parts like a value.
    /// </summary>
    public static string Key(params IEnumerable<Value> parts) => Concat(parts).GetValue<string>();

    /// <summary>Serializes the document compactly and deterministically; references become interpolation parts.</summary>
    public static Value Render(JsonNode document)
    {
        var text = document.ToJsonString(new JsonSerializerOptions { WriteIndented = false, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        text = text.Replace("\\u0001", "\u0001", StringComparison.Ordinal).Replace("\\u0002", "\u0002", StringComparison.Ordinal).Replace("\\u0003", "\u0003", StringComparison.Ordinal);
        if (!text.Contains(Marker, StringComparison.Ordinal))
        {
            return text;
        }

        var parts = new List<Value>();
        var rest = text;
        while (rest.IndexOf(Marker, StringComparison.Ordinal) is var start and >= 0)
        {
            if (start > 0)
            {
                parts.Add(rest[..start]);
            }

            var end = rest.IndexOf('\u0001', start + 1);
            var inner = rest[(start + Marker.Length)..end];
            var body = inner.Split('\u0002');
            parts.Add(inner.StartsWith('\u0003') ? new ExternalInput(inner[1..]) : new OutputReference(body[0], body[1]));
            rest = rest[(end + 1)..];
        }

        if (rest.Length > 0)
        {
            parts.Add(rest);
        }

        return InterpolationValue.Of(parts);
    }
}
