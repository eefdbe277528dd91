using System.Text.Json;
using System.Text.Json.Nodes;
using IrisStack.Components.Graph;

namespace IrisStack.Policies.Rules.Cluster;

/// <summary>Reads an IAM policy input (a JSON string, or an interpolation with references inside its strings) as JSON, references shown as <c>${node.output}</c>.</summary>
internal static class PolicyDocumentText
{
    public static JsonNode? Parse(Value? value)
    {
        var text = value switch
        {
            StringValue s => s.Value,
            InterpolationValue i => string.Concat(i.Parts.Select(p => p switch
            {
                StringValue s => s.Value,
                OutputReference r => r.ToString(),
                _ => "[secret]",
            })),
            _ => null,
        };
        if (text is null)
        {
            return null;
        }

        try
        {
            return JsonNode.Parse(text);
        }
        catch (JsonException)
        {
            return null;
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
}
