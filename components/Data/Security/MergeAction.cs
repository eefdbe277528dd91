using System.Collections.Immutable;
using System.Text;
using IrisStack.Components.Collections;

namespace IrisStack.Components.Data.Security;

/// <summary>One line of <c>[Actions]</c>: <c>Action:Prop=value,...</c>.</summary>
/// <param name="Name">The action (<c>CreateUser</c>).</param>
/// <param name="Properties">Its properties in written order.</param>
public sealed record MergeAction(string Name, EquatableArray<MergeFileEntry> Properties)
{
    /// <summary>The value of a property (case-insensitive, as IRIS reads them), or null.</summary>
    public string? this[string property] =>
        Properties.FirstOrDefault(p => string.Equals(p.Key, property, StringComparison.OrdinalIgnoreCase))?.Value;

    /// <summary>Whether this is the named action (case-insensitive).</summary>
    public bool Is(string name) => string.Equals(Name, name, StringComparison.OrdinalIgnoreCase);

    /// <summary>Parses an action line; commas and equals signs inside double quotes belong to the value.</summary>
    /// <exception cref="FormatException">The line has no <c>:</c> or an unterminated quote.</exception>
    public static MergeAction Parse(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var colon = line.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0)
        {
            throw new FormatException($"'{line}' is not an action line (Action:Prop=value,...).");
        }

        var properties = ImmutableArray.CreateBuilder<MergeFileEntry>();
        var current = new StringBuilder();
        var quoted = false;
        foreach (var c in line[(colon + 1)..].Append(','))
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ',' && !quoted)
            {
                if (current.Length > 0)
                {
                    properties.Add(Property(current.ToString()));
                }

                current.Clear();
                continue;
            }

            current.Append(c);
        }

        return quoted ? throw new FormatException($"'{line}' has an unterminated quote.") : new MergeAction(line[..colon].Trim(), properties.ToImmutable());
    }

    // DeleteApplication:/path has no Name=: the whole text is a value without a key.
    private static MergeFileEntry Property(string text)
    {
        var equals = text.IndexOf('=', StringComparison.Ordinal);
        var value = equals < 0 ? text : text[(equals + 1)..];
        value = value.Length >= 2 && value[0] == '"' && value[^1] == '"' ? value[1..^1] : value;
        return new MergeFileEntry(equals < 0 ? string.Empty : text[..equals].Trim(), value);
    }
}
