using System.Text.Json;

namespace IrisStack.Components.ApiGateway;

/// <summary>
/// Checks request-validator's Kong-format body_schema (a JSON array of single-key maps) with the
/// plugin's metaschema rules: a known type per field, <c>between</c> only on integers as two
/// integers, <c>match</c>-family validators only on strings and valid Lua patterns.
/// </summary>
public static class KongBodySchema
{
    private static readonly HashSet<string> Types = new(StringComparer.Ordinal) { "string", "number", "integer", "boolean", "map", "array", "set", "record" };

    private static readonly HashSet<string> Attributes = new(StringComparer.Ordinal)
    {
        "type", "required", "default", "between", "len_eq", "len_min", "len_max", "match", "not_match", "match_all", "match_none", "match_any",
        "starts_with", "one_of", "timestamp", "uuid", "elements", "keys", "values", "fields",
    };

    private static readonly string[] PatternAttributes = ["match", "not_match"];

    /// <summary>Adds every problem of <paramref name="schema"/> to <paramref name="problems"/>, named under <paramref name="path"/>.</summary>
    public static void Check(string schema, string path, List<string> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(schema);
        }
        catch (JsonException e)
        {
            problems.Add($"{path}: is not JSON: {e.Message}");
            return;
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Array)
            {
                problems.Add($"{path}: must be a JSON array of single-key maps.");
                return;
            }

            var i = 0;
            foreach (var entry in document.RootElement.EnumerateArray())
            {
                var at = $"{path}[{i++}]";
                if (entry.ValueKind != JsonValueKind.Object || entry.EnumerateObject().Count() != 1)
                {
                    problems.Add($"{at}: must be a map with exactly one field name.");
                    continue;
                }

                var field = entry.EnumerateObject().First();
                CheckField(field.Value, $"{at}.{field.Name}", problems);
            }
        }
    }

    private static void CheckField(JsonElement field, string path, List<string> problems)
    {
        var type = field.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString()! : string.Empty;
        if (!Types.Contains(type))
        {
            problems.Add($"{path}.type: '{type}' is not one of {string.Join(", ", Types)}.");
        }

        foreach (var attribute in field.EnumerateObject().Where(a => !Attributes.Contains(a.Name)))
        {
            problems.Add($"{path}.{attribute.Name}: is not a field attribute.");
        }

        if (field.TryGetProperty("between", out var between))
        {
            if (type != "integer")
            {
                problems.Add($"{path}.between: field of type '{type}' cannot have attribute 'between' (integer only).");
            }
            else if (between.ValueKind != JsonValueKind.Array || between.GetArrayLength() != 2 || between.EnumerateArray().Any(b => b.ValueKind != JsonValueKind.Number || !b.TryGetInt64(out _)))
            {
                problems.Add($"{path}.between: must be an array of two integers.");
            }
        }

        foreach (var name in PatternAttributes.Where(n => field.TryGetProperty(n, out _)))
        {
            var pattern = field.GetProperty(name);
            if (type != "string")
            {
                problems.Add($"{path}.{name}: field of type '{type}' cannot have attribute '{name}' (string only).");
            }
            else if (pattern.ValueKind != JsonValueKind.String)
            {
                problems.Add($"{path}.{name}: must be a Lua pattern string.");
            }
            else if (LuaPattern.SyntaxError(pattern.GetString()!) is { } error)
            {
                problems.Add($"{path}.{name}: '{pattern.GetString()}' is not a valid Lua pattern: {error}.");
            }
        }
    }
}
