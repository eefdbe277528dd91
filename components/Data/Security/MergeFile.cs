using System.Collections.Immutable;
using IrisStack.Components.Collections;

namespace IrisStack.Components.Data.Security;

/// <summary>A parsed merge file (a partial CPF): its sections' keys and its <c>[Actions]</c> lines.</summary>
/// <param name="Sections">The section names in written order.</param>
/// <param name="Keys">The <c>key=value</c> entries of every section but <c>[Actions]</c>, as (section, entry).</param>
/// <param name="Actions">The lines of <c>[Actions]</c>.</param>
public sealed record MergeFile(EquatableArray<string> Sections, EquatableArray<(string Section, MergeFileEntry Entry)> Keys, EquatableArray<MergeAction> Actions)
{
    /// <summary>The value of a key in a section (case-insensitive), or null.</summary>
    public string? Key(string section, string key) =>
        Keys.Where(k => string.Equals(k.Section, section, StringComparison.OrdinalIgnoreCase) && string.Equals(k.Entry.Key, key, StringComparison.OrdinalIgnoreCase))
            .Select(k => k.Entry.Value).FirstOrDefault();

    /// <summary>The actions of one name.</summary>
    public IEnumerable<MergeAction> Named(string action) => Actions.Where(a => a.Is(action));

    /// <summary>Parses the text; blank lines and <c>;</c> comments are skipped.</summary>
    /// <exception cref="FormatException">A line outside any section, a key without <c>=</c>, or a malformed action.</exception>
    public static MergeFile Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sections = ImmutableArray.CreateBuilder<string>();
        var keys = ImmutableArray.CreateBuilder<(string, MergeFileEntry)>();
        var actions = ImmutableArray.CreateBuilder<MergeAction>();
        string? section = null;
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith(';'))
            {
                continue;
            }

            if (line.StartsWith('[') && line.EndsWith(']'))
            {
                section = line[1..^1];
                sections.Add(section);
            }
            else if (section is null)
            {
                throw new FormatException($"'{line}' is outside any section.");
            }
            else if (string.Equals(section, "Actions", StringComparison.OrdinalIgnoreCase))
            {
                actions.Add(MergeAction.Parse(line));
            }
            else
            {
                var equals = line.IndexOf('=', StringComparison.Ordinal);
                keys.Add(equals > 0
                    ? (section, new MergeFileEntry(line[..equals].Trim(), line[(equals + 1)..].Trim()))
                    : throw new FormatException($"'{line}' in [{section}] is not key=value."));
            }
        }

        return new MergeFile(sections.ToImmutable(), keys.ToImmutable(), actions.ToImmutable());
    }
}
