using System.Globalization;
using System.Text;
using IrisStack.Components.Graph;
using IrisStack.Components.Plan;

namespace IrisStack.Cli.Output;

/// <summary>
/// The stack's outputs as <c>pulumi preview</c> prints them under <c>Outputs:</c>: names in
/// ordinal order, four spaces in, padded to the longest name and followed by <c>": "</c>; strings
/// quoted, lists as <c>[0]: ...</c> lines between brackets, maps as aligned keys between braces;
/// a secret (or a string made with one) as <c>[secret]</c>, a value known only after deployment (an
/// output of a resource still to be created) as <c>[unknown]</c>. Null and empty values are left
/// out, as Pulumi leaves them out. Where an unknown comes from is in plan.json.
/// </summary>
internal static class PreviewOutputs
{
    private const string Indent = "    ";
    private const string Unknown = "[unknown]";

    /// <summary>The <c>Outputs:</c> section, ending in a blank line; empty when no output is shown.</summary>
    public static string Render(IEnumerable<StackOutput> outputs)
    {
        var all = outputs.OrderBy(o => o.Name, StringComparer.Ordinal).ToList();
        var shown = all.Where(o => !IsEmpty(o.Value)).ToList();
        if (shown.Count == 0)
        {
            return string.Empty;
        }

        var text = new StringBuilder("Outputs:\n");
        var align = all.Max(o => o.Name.Length);
        foreach (var output in shown)
        {
            Property(text, 1, output.Name, align, output.Value);
        }

        return text.Append('\n').ToString();
    }

    private static void Property(StringBuilder text, int depth, string name, int align, Value value)
    {
        text.Append(Prefix(depth)).Append(name.PadRight(align)).Append(": ");
        Write(text, depth, value);
        text.Append('\n');
    }

    private static void Write(StringBuilder text, int depth, Value value)
    {
        switch (value)
        {
            // A string built from a secret is a secret as a whole; a list or map shows each secret where it is.
            case SecretValue or InterpolationValue { ContainsSecret: true }:
                text.Append(SecretValue.Mask);
                break;
            case NullValue:
                text.Append("<null>");
                break;
            case BoolValue b:
                text.Append(b.Value ? "true" : "false");
                break;
            case NumberValue n:
                text.Append(n.Value == Math.Truncate(n.Value) ? n.Value.ToString("F0", CultureInfo.InvariantCulture) : n.ToString());
                break;
            case StringValue s:
                text.Append(Quoted(s.Value));
                break;
            case InterpolationValue i when i.Parts.All(p => p is StringValue):
                text.Append(Quoted(ValueText.Display(i)));
                break;
            case ListValue { Items.IsEmpty: true }:
                text.Append("[]");
                break;
            case ListValue list:
                text.Append("[\n");
                for (var index = 0; index < list.Items.Length; index++)
                {
                    text.Append(Prefix(depth + 1)).Append(CultureInfo.InvariantCulture, $"[{index}]: ");
                    Write(text, depth + 1, list.Items[index]);
                    text.Append('\n');
                }

                text.Append(Prefix(depth)).Append(']');
                break;
            case MapValue { Entries.Count: 0 }:
                text.Append("{}");
                break;
            case MapValue map:
                text.Append("{\n");
                var align = map.Entries.Keys.Max(k => k.Length);
                foreach (var (key, item) in map.Entries.OrderBy(e => e.Key, StringComparer.Ordinal))
                {
                    Property(text, depth + 1, key, align, item);
                }

                text.Append(Prefix(depth)).Append('}');
                break;
            case OutputReference or ResourceReference or ExternalInput or InterpolationValue:
                text.Append(Unknown);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(value), value.GetType().Name, "Unknown value kind.");
        }
    }

    // Pulumi prints neither nulls nor empty strings, lists or maps among a stack's outputs.
    private static bool IsEmpty(Value value) => value is NullValue or StringValue { Value.Length: 0 } or ListValue { Items.IsEmpty: true } or MapValue { Entries.Count: 0 };

    private static string Prefix(int depth) => string.Concat(Enumerable.Repeat(Indent, depth));

    // Go's %q, which Pulumi uses: backslash escapes for quotes, backslashes and control characters.
    private static string Quoted(string value)
    {
        var text = new StringBuilder("\"");
        foreach (var c in value)
        {
            text.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\a' => "\\a",
                '\b' => "\\b",
                '\f' => "\\f",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                '\v' => "\\v",
                < ' ' or '\x7f' => $"\\x{(int)c:x2}",
                >= '\x80' and <= '\x9f' => $"\\u{(int)c:x4}",
                _ => c.ToString(),
            });
        }

        return text.Append('"').ToString();
    }
}
