using System.Collections.Immutable;
using System.Text;

namespace IrisStack.Policies.Rules.ApiGateway;

/// <summary>
/// kong.conf as Kong reads it: <c>name = value</c> lines, <c>#</c> starting a comment unless
/// escaped as <c>\#</c>, the last line of a name winning, lists comma-separated (kong.conf.default's
/// header and conf_loader). A setting left out has Kong's default, which the rules state where it matters.
/// </summary>
/// <param name="Settings">The settings by lower-case name.</param>
public sealed record KongConf(ImmutableDictionary<string, string> Settings)
{
    /// <summary>Parses kong.conf text; lines without <c>=</c> are ignored as Kong ignores them.</summary>
    public static KongConf Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var settings = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        foreach (var raw in text.Split('\n'))
        {
            var line = WithoutComment(raw).Trim();
            var equals = line.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                continue;
            }

            settings[line[..equals].Trim().ToLowerInvariant()] = line[(equals + 1)..].Trim();
        }

        return new KongConf(settings.ToImmutable());
    }

    /// <summary>The value of a setting, or null when kong.conf leaves it to Kong's default.</summary>
    public string? Value(string name) => Settings.GetValueOrDefault(name);

    /// <summary>The comma-separated entries of a list setting, trimmed; empty when unset.</summary>
    public ImmutableArray<string> List(string name) =>
        Value(name) is { } value ? [.. value.Split(',').Select(e => e.Trim()).Where(e => e.Length > 0)] : [];

    /// <summary>Whether a boolean setting is on (<c>on</c> or <c>true</c>, as Kong reads booleans); false when unset.</summary>
    public bool IsOn(string name) => Value(name) is "on" or "true";

    /// <summary>The listeners of a <c>*_listen</c> setting, or <paramref name="defaultValue"/>'s when it is unset; empty for <c>off</c>.</summary>
    public ImmutableArray<KongListener> Listeners(string name, string defaultValue)
    {
        var entries = Value(name) is { } value ? value.Split(',').Select(e => e.Trim()).Where(e => e.Length > 0).ToList() : [.. defaultValue.Split(", ")];
        return entries is ["off"] ? [] : [.. entries.Select(KongListener.Parse)];
    }

    private static string WithoutComment(string line)
    {
        var text = new StringBuilder();
        for (var i = 0; i < line.Length; i++)
        {
            if (line[i] == '\\' && i + 1 < line.Length && line[i + 1] == '#')
            {
                text.Append('#');
                i++;
            }
            else if (line[i] == '#')
            {
                break;
            }
            else
            {
                text.Append(line[i]);
            }
        }

        return text.ToString();
    }
}
