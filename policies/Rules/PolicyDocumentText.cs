using System.Text.Json;
using System.Text.Json.Nodes;
using IrisStack.Components.Graph;

namespace IrisStack.Policies.Rules;

/// <summary>
/// Reads an IAM policy input as JSON. A plain string is parsed as it is. An interpolation whose
/// literal parts are JSON text around references or a component's inputs (what
/// <see cref="JsonTemplate"/> renders) has a known structure: it is parsed with each reference as the
/// placeholder <c>${node.output}</c> (an input as <c>&lt;input: name&gt;</c>), so
/// keys and values built from outputs (the OIDC issuer in <c>&lt;issuer&gt;:sub</c>) still read.
/// Anything else (a bare reference or Pulumi's unknown placeholder, a secret, text that is not
/// JSON) is unreadable, with the reason, and must never count as compliant.
/// </summary>
internal static class PolicyDocumentText
{
    /// <summary>The parsed document, or null and why it cannot be read.</summary>
    public static (JsonNode? Document, string? Unreadable) Parse(Value? value)
    {
        var text = value switch
        {
            null or NullValue => null,
            StringValue { Value: PreviewUnknown.Text } => null,
            StringValue s => s.Value,
            // Only without secrets: Display would mask a secret part, and a masked document must stay unreadable.
            InterpolationValue i when i.Parts.All(p => p is StringValue or OutputReference or ExternalInput) => ValueText.Display(i),
            _ => null,
        };
        if (text is null)
        {
            return (null, value switch
            {
                null or NullValue => "it is not set",
                SecretValue => "it is a secret",
                InterpolationValue => "part of it is a secret",
                OutputReference or StringValue => "it is not known at preview (another resource's output)",
                _ => "it is not a JSON string",
            });
        }

        try
        {
            return JsonNode.Parse(text) is { } document ? (document, null) : (null, "it is JSON null");
        }
        catch (JsonException)
        {
            return (null, value is InterpolationValue
                ? "its references are not inside JSON strings, so its structure is not known at preview"
                : "it is not valid JSON");
        }
    }

    /// <summary>A string or array-of-strings field as strings.</summary>
    public static IEnumerable<string> Strings(JsonNode? node) => node switch
    {
        JsonValue v when v.TryGetValue<string>(out var s) => [s],
        JsonArray a => a.OfType<JsonValue>().Select(x => x.TryGetValue<string>(out var s) ? s : null).OfType<string>(),
        _ => [],
    };

    /// <summary>The statements of a policy document.</summary>
    public static IEnumerable<JsonObject> Statements(JsonNode? document) => document?["Statement"] switch
    {
        JsonArray a => a.OfType<JsonObject>(),
        JsonObject o => [o],
        _ => [],
    };

    /// <summary>
    /// Whether an IAM action pattern (<c>sts:AssumeRole*</c>, <c>*</c>) matches the action: IAM
    /// matches actions case-insensitively, with <c>*</c> and <c>?</c> as wildcards.
    /// </summary>
    public static bool ActionMatches(string pattern, string action) => Matches(pattern.AsSpan(), action.AsSpan());

    private static bool Matches(ReadOnlySpan<char> pattern, ReadOnlySpan<char> text)
    {
        if (pattern.IsEmpty)
        {
            return text.IsEmpty;
        }

        if (pattern[0] == '*')
        {
            for (var i = 0; i <= text.Length; i++)
            {
                if (Matches(pattern[1..], text[i..]))
                {
                    return true;
                }
            }

            return false;
        }

        return !text.IsEmpty && (pattern[0] == '?' || char.ToUpperInvariant(pattern[0]) == char.ToUpperInvariant(text[0])) && Matches(pattern[1..], text[1..]);
    }
}
