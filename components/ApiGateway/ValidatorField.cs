using System.Globalization;
using IrisStack.Components.Collections;
using IrisStack.Components.Config;

namespace IrisStack.Components.ApiGateway;

/// <summary>One field of request-validator's Kong-format body_schema.</summary>
/// <param name="Name">The body field's name.</param>
/// <param name="Type">Its type.</param>
/// <param name="Required">Whether a request must carry it.</param>
/// <param name="Between">Inclusive integer bounds (integers only), or empty.</param>
/// <param name="Match">A Lua pattern the value must match (strings only), or empty.</param>
/// <param name="NotMatch">A Lua pattern the value must not match (strings only), or empty.</param>
/// <param name="LenMin">Shortest length (strings), 0 for none.</param>
/// <param name="LenMax">Longest length (strings), 0 for none.</param>
public sealed record ValidatorField(string Name, ValidatorFieldType Type, bool Required, EquatableArray<int> Between, string Match, string NotMatch, int LenMin, int LenMax)
{
    /// <summary>
    /// The CSP broker's fields from the seed article, corrected: <c>between</c> only on the integer,
    /// and Lua patterns with the lengths as lenMin/lenMax (Lua has no <c>{n}</c> quantifier).
    /// </summary>
    public static readonly IReadOnlyList<ValidatorField> BrokerDefaults =
    [
        new("RequestParam", ValidatorFieldType.Integer, true, [1, 10], string.Empty, string.Empty, 0, 0),
        new("EventType", ValidatorFieldType.String, true, [], "^[%w$_]+$", string.Empty, 1, 100),
        new("SessionID", ValidatorFieldType.String, true, [], "^00b0%w+$", string.Empty, 44, 44),
    ];

    private static readonly string[] StringOnly = ["match", "notMatch", "lenMin", "lenMax"];

    /// <summary>Reads one entry of <c>apiGateway.requestValidator.fields</c>.</summary>
    public static ValidatorField Read(ConfigSection item)
    {
        var name = item.RequiredString("name", "Body field name", "EventType",
            n => n.Length is > 0 and <= 128 && n.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '.') ? null : $"'{n}' is not a plain field name.");
        var type = item.Enum("type", ValidatorFieldType.String, "Field type (between only on integer; match only on string)");
        var required = item.Bool("required", false, "Whether requests must carry the field");
        var between = item.StringList("between", [], "Inclusive integer bounds [min, max] (integer fields only)",
            t => int.TryParse(t, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _) ? null : $"'{t}' is not a whole number.")
            .Select(t => int.Parse(t, CultureInfo.InvariantCulture)).ToArray();
        var match = Pattern(item, "match", "Lua pattern the value must match (string fields only)");
        var notMatch = Pattern(item, "notMatch", "Lua pattern the value must not match (string fields only)");
        var lenMin = item.Int("lenMin", 0, "Shortest length (string fields); 0 = none", 0, 1048576);
        var lenMax = item.Int("lenMax", 0, "Longest length (string fields); 0 = none", 0, 1048576);
        if (item.Has("between") && type != ValidatorFieldType.Integer)
        {
            item.Error("between", $"is set on a {type.ToString().ToLowerInvariant()} field; request-validator allows between on integer fields only.", "bound a string's length with lenMin/lenMax, or make the field type: integer.");
        }
        else if (item.Has("between") && (between.Length != 2 || between[0] > between[1]))
        {
            item.Error("between", "must be two whole numbers [min, max] with min ≤ max.", "write it as [1, 10].");
        }

        if (type != ValidatorFieldType.String)
        {
            foreach (var key in StringOnly.Where(item.Has))
            {
                item.Error(key, $"is set on a {type.ToString().ToLowerInvariant()} field; it applies to string fields only.", "remove it, or make the field type: string.");
            }
        }

        if (lenMax > 0 && lenMin > lenMax)
        {
            item.Error("lenMin", $"{lenMin} is above lenMax {lenMax}.", "set lenMin ≤ lenMax.");
        }

        item.RejectUnknownKeys();
        return new ValidatorField(name, type, required, [.. between], match, notMatch, lenMin, lenMax);
    }

    private static string Pattern(ConfigSection item, string key, string description) =>
        item.String(key, string.Empty, description,
            p => LuaPattern.SyntaxError(p) is { } error ? $"'{p}' is not a Lua pattern LuaJIT can compile: {error}."
                : LuaPattern.RegexHabit(p) is { } habit ? $"'{p}' would not match as meant: {habit}." : null,
            "write a Lua pattern (%d, %w, [...], no {n} quantifiers), e.g. ^[%w_]+$.");
}
