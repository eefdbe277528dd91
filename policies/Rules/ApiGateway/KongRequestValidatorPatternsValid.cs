using System.Collections.Immutable;
using System.Text.Json;
using IrisStack.Components.ApiGateway;
using IrisStack.Components.Graph;

namespace IrisStack.Policies.Rules.ApiGateway;

/// <summary>
/// Every request-validator's Kong-format body schema is one Kong accepts and means: each Lua
/// pattern (<c>match</c>, <c>not_match</c>, <c>match_all</c>, <c>match_none</c>, <c>match_any</c>, at
/// any depth) compiles as Lua's <c>string.match</c> would, and <c>between</c> sits only on integer
/// fields as two integers. Draft4 schemas use JSON Schema's <c>pattern</c>, not Lua, and are left alone.
/// </summary>
public sealed class KongRequestValidatorPatternsValid : KongYmlPolicy
{
    private static readonly string[] NestedFields = ["elements", "keys", "values"];

    private static readonly string[] PatternFields = ["match", "not_match"];

    private static readonly string[] PatternLists = ["match_all", "match_none"];

    private const string Fix = "Fix the field in iris-stack:apiGateway.requestValidator.fields: Lua patterns (%d, %w, [...], no {n} quantifier) and between only on integer fields.";

    /// <inheritdoc />
    public override string Id => "kong-request-validator-patterns-valid";

    /// <inheritdoc />
    public override string Description => "Every request-validator with a Kong-format body_schema is JSON whose match, not_match, match_all, match_none and match_any patterns are valid Lua patterns without regex syntax Lua reads literally ({n} quantifiers, \\d classes), and whose between appears only on integer fields, as two integers.";

    /// <inheritdoc />
    public override string Rationale => "Kong runs these patterns with Lua's string.match, not PCRE: an invalid one fails every request at run time, a PCRE habit such as {100} silently matches five literal characters, and between on a string is refused by the plugin's metaschema, so validation is not what it seems.";

    /// <inheritdoc />
    public override ImmutableArray<string> PeerIds => [];

    /// <inheritdoc />
    protected override IEnumerable<Finding> Check(ResourceNode node, KongYml yml)
    {
        foreach (var validator in yml.Enabled("request-validator").Where(v => (v.Config("version") ?? "kong") == "kong"))
        {
            if (validator.Config("body_schema") is not { } text)
            {
                continue;
            }

            var problems = new List<string>();
            try
            {
                using var schema = JsonDocument.Parse(text);
                Fields(schema.RootElement, "body_schema", problems);
            }
            catch (JsonException e)
            {
                problems.Add($"body_schema is not JSON ({e.Message})");
            }

            foreach (var problem in problems)
            {
                yield return Violation(node, Property, $"{validator.Describe()}: {problem}.", Fix);
            }
        }
    }

    // A Kong-format field list: an array of single-key maps, field name to definition.
    private static void Fields(JsonElement list, string path, List<string> problems)
    {
        if (list.ValueKind != JsonValueKind.Array)
        {
            problems.Add($"{path} is not an array of fields");
            return;
        }

        foreach (var entry in list.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.Object))
        {
            foreach (var field in entry.EnumerateObject())
            {
                Field(field.Value, $"{path}.{field.Name}", problems);
            }
        }
    }

    private static void Field(JsonElement field, string path, List<string> problems)
    {
        if (field.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        var type = field.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
        if (field.TryGetProperty("between", out var between))
        {
            if (type != "integer")
            {
                problems.Add($"{path} has between on a field of type {type ?? "unset"}; request-validator allows it on integers only");
            }
            else if (between.ValueKind != JsonValueKind.Array || between.GetArrayLength() != 2 || between.EnumerateArray().Any(b => b.ValueKind != JsonValueKind.Number || !b.TryGetInt64(out _)))
            {
                problems.Add($"{path}.between is not two integers");
            }
        }

        foreach (var (pattern, at) in Patterns(field, path))
        {
            if (LuaPattern.SyntaxError(pattern) is { } error)
            {
                problems.Add($"{at} '{pattern}' is not a valid Lua pattern: {error}");
            }
            else if (LuaPattern.RegexHabit(pattern) is { } habit)
            {
                problems.Add($"{at} '{pattern}' compiles but does not mean what it says: {habit}");
            }
        }

        if (field.TryGetProperty("fields", out var fields))
        {
            Fields(fields, path + ".fields", problems);
        }

        foreach (var nested in NestedFields.Where(n => field.TryGetProperty(n, out _)))
        {
            Field(field.GetProperty(nested), $"{path}.{nested}", problems);
        }
    }

    // Kong's schema validators: match and not_match are patterns, match_all and match_none lists of
    // {pattern, err}, match_any {patterns, err} (kong/db/schema/metaschema.lua).
    private static IEnumerable<(string Pattern, string Path)> Patterns(JsonElement field, string path)
    {
        foreach (var name in PatternFields)
        {
            if (field.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String)
            {
                yield return (value.GetString()!, $"{path}.{name}");
            }
        }

        foreach (var name in PatternLists)
        {
            if (field.TryGetProperty(name, out var list) && list.ValueKind == JsonValueKind.Array)
            {
                foreach (var (rule, i) in list.EnumerateArray().Select((r, i) => (r, i)))
                {
                    if (rule.ValueKind == JsonValueKind.Object && rule.TryGetProperty("pattern", out var p) && p.ValueKind == JsonValueKind.String)
                    {
                        yield return (p.GetString()!, $"{path}.{name}[{i}].pattern");
                    }
                }
            }
        }

        if (field.TryGetProperty("match_any", out var any) && any.ValueKind == JsonValueKind.Object && any.TryGetProperty("patterns", out var patterns) && patterns.ValueKind == JsonValueKind.Array)
        {
            foreach (var (p, i) in patterns.EnumerateArray().Select((p, i) => (p, i)).Where(p => p.p.ValueKind == JsonValueKind.String))
            {
                yield return (p.GetString()!, $"{path}.match_any.patterns[{i}]");
            }
        }
    }
}
