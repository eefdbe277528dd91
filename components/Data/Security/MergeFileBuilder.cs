using System.Text;
using IrisStack.Components.Graph;

namespace IrisStack.Components.Data.Security;

/// <summary>Builds one merge file: sections, <c>[Startup]</c> keys and <c>[Actions]</c> lines, with secrets kept as parts of their own.</summary>
internal sealed class MergeFileBuilder
{
    private readonly StringBuilder text = new();
    private readonly List<Value> parts = [];

    public void Section(string name)
    {
        if (text.Length > 0 || parts.Count > 0)
        {
            text.Append('\n');
        }

        text.Append('[').Append(name).Append("]\n");
    }

    public void Key(string key, Value value)
    {
        text.Append(key).Append('=');
        Append(value, quote: false);
        text.Append('\n');
    }

    /// <summary>An action line: <c>Action:Prop=value,Prop=value</c>, each value quoted when it holds <c>,</c> or <c>=</c> (CMF §9.3).</summary>
    public void Action(string action, params (string Property, Value Value)[] properties)
    {
        text.Append(action).Append(':');
        for (var i = 0; i < properties.Length; i++)
        {
            text.Append(i == 0 ? string.Empty : ",").Append(properties[i].Property).Append('=');
            Append(properties[i].Value, quote: true);
        }

        text.Append('\n');
    }

    public MergeFileText Build()
    {
        var all = parts.Append(new StringValue(text.ToString())).Where(p => p is not StringValue { Value.Length: 0 }).ToList();
        Value value = all.All(p => p is StringValue) ? new StringValue(string.Concat(all.Cast<StringValue>().Select(s => s.Value))) : InterpolationValue.Of(all);
        return new MergeFileText(ValueText.Display(value) ?? string.Empty, value);
    }

    private void Append(Value value, bool quote)
    {
        switch (value)
        {
            case StringValue { Value: var literal }:
                if (literal.Contains('"', StringComparison.Ordinal))
                {
                    throw new ArgumentException($"A merge-file value cannot hold a double quote: {literal}", nameof(value));
                }

                text.Append(quote && literal.AsSpan().IndexOfAny(',', '=') >= 0 ? $"\"{literal}\"" : literal);
                break;
            case SecretValue secret:
                // A hash is "<hash>,<salt>,<work factor>,<algorithm>": always quoted inside an action.
                text.Append(quote ? "\"" : string.Empty);
                parts.Add(new StringValue(text.ToString()));
                parts.Add(secret);
                text.Clear().Append(quote ? "\"" : string.Empty);
                break;
            default:
                throw new ArgumentException($"A merge-file value is a literal or a secret, not {value.GetType().Name}.", nameof(value));
        }
    }
}
