using System.Collections.Immutable;
using System.Globalization;
using IrisStack.Components.Graph;

namespace IrisStack.Components.Config;

/// <summary>
/// A map of settings under one key path (<c>iris-stack:network</c>). Each typed read returns
/// the value or the documented default, records an error naming the full key when the value is
/// wrong, and marks the key as known; <see cref="RejectUnknownKeys"/> then reports what was not
/// read, with a did-you-mean suggestion.
/// </summary>
public sealed class ConfigSection
{
    private readonly ConfigReader reader;
    private readonly bool isNamespace;
    private readonly ImmutableSortedDictionary<string, ConfigNode> entries;
    private readonly HashSet<string> known = new(StringComparer.Ordinal);

    internal ConfigSection(ConfigReader reader, string path, bool isNamespace, ImmutableSortedDictionary<string, ConfigNode> entries)
    {
        this.reader = reader;
        this.isNamespace = isNamespace;
        this.entries = entries;
        Path = path;
    }

    /// <summary>The section's key path, for messages.</summary>
    public string Path { get; }

    /// <summary>The reader, for errors that concern several keys.</summary>
    public ConfigReader Reader => reader;

    /// <summary>The section as the place its record's settings come from; not for the namespace itself.</summary>
    public SettingsPath Settings => isNamespace ? throw new InvalidOperationException("The namespace is no settings section.") : new(Path);

    /// <summary>The full key of a child (<c>iris-stack:network.cidr</c>).</summary>
    public string KeyOf(string key) => isNamespace ? Path + key : $"{Path}.{key}";

    /// <summary>Whether the user set the key.</summary>
    public bool Has(string key) => entries.ContainsKey(key);

    /// <summary>
    /// Whether the user wrote an empty list at the key, as opposed to a list whose items were all
    /// refused (already reported one by one), so an "is empty" error is only raised when true.
    /// </summary>
    public bool IsEmptyList(string key) => entries.TryGetValue(key, out var node) && node is ConfigList { Items.IsEmpty: true };

    /// <summary>Records a problem with one child key.</summary>
    public void Error(string key, string problem, string fix) => reader.Error(KeyOf(key), problem, fix);

    /// <summary>A text setting.</summary>
    public string String(string key, string @default, string description, Func<string, string?>? validate = null, string? fix = null)
    {
        Document(key, "string", @default, description);
        if (Scalar(key, "text") is not { } text)
        {
            return @default;
        }

        if (validate?.Invoke(text) is { } problem)
        {
            Error(key, problem, fix ?? $"set it to a valid value, or remove it to use the default '{@default}'.");
            return @default;
        }

        return text;
    }

    /// <summary>A text setting that has no default: the stack must set it.</summary>
    public string RequiredString(string key, string description, string example, Func<string, string?>? validate = null)
    {
        Document(key, "string", "(required)", description);
        if (!Has(key))
        {
            Error(key, "is required and not set.", reader.Origin switch
            {
                ConfigOrigin.StackFiles => $"run '{SetCommand(key, example, secret: false)}' or add it to the stack file.",
                ConfigOrigin.ComponentArgs => $"set {KeyOf(key)}, e.g. to {example}.",
                _ => throw new InvalidOperationException($"Unknown config origin {reader.Origin}."),
            });
            return string.Empty;
        }

        var text = Scalar(key, "text") ?? string.Empty;
        if (validate?.Invoke(text) is { } problem)
        {
            Error(key, problem, $"set it to a value such as '{example}'.");
        }

        return text;
    }

    /// <summary>A whole-number setting within a range.</summary>
    public int Int(string key, int @default, string description, int min, int max)
    {
        Document(key, "integer", @default.ToString(CultureInfo.InvariantCulture), $"{description} ({min}..{max})");
        if (Scalar(key, "a whole number") is not { } text)
        {
            return @default;
        }

        if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
        {
            Error(key, $"expected a whole number, got '{text}'.", $"set a whole number between {min} and {max}.");
            return @default;
        }

        if (value < min || value > max)
        {
            Error(key, $"{value} is outside {min}..{max}.", $"set a whole number between {min} and {max}.");
            return @default;
        }

        return value;
    }

    /// <summary>A boolean setting.</summary>
    public bool Bool(string key, bool @default, string description)
    {
        Document(key, "boolean", @default ? "true" : "false", description);
        if (Scalar(key, "true or false") is not { } text)
        {
            return @default;
        }

        if (!bool.TryParse(text, out var value))
        {
            Error(key, $"expected true or false, got '{text}'.", "set true or false.");
            return @default;
        }

        return value;
    }

    /// <summary>One of a closed set of named choices (camelCase in config, e.g. <c>onePerAz</c>).</summary>
    public T Enum<T>(string key, T @default, string description)
        where T : struct, System.Enum
    {
        var names = System.Enum.GetNames<T>().Select(ToCamel).ToArray();
        Document(key, string.Join(" | ", names), ToCamel(@default.ToString()), description);
        if (Scalar(key, string.Join(" or ", names)) is not { } text)
        {
            return @default;
        }

        var match = System.Enum.GetNames<T>().FirstOrDefault(n => ToCamel(n) == text);
        if (match is null)
        {
            Error(key, $"'{text}' is not one of {string.Join(", ", names)}.", $"set one of: {string.Join(", ", names)}{DidYouMean.Suggest(text, names)}.");
            return @default;
        }

        return System.Enum.Parse<T>(match);
    }

    /// <summary>An optional choice: null when unset (<paramref name="unsetMeaning"/> says what that means).</summary>
    public T? OptionalEnum<T>(string key, string description, string unsetMeaning)
        where T : struct, System.Enum
    {
        var value = Enum(key, default(T), description);
        reader.Document(new ConfigKeyDoc(KeyOf(key), string.Join(" | ", System.Enum.GetNames<T>().Select(ToCamel)), $"(unset: {unsetMeaning})", description));
        return Has(key) ? value : null;
    }

    /// <summary>A list of text values, each checked by <paramref name="validate"/>.</summary>
    public ImmutableArray<string> StringList(string key, IReadOnlyList<string> @default, string description, Func<string, string?>? validate = null, string? fix = null)
    {
        Document(key, "list of string", @default.Count == 0 ? "[]" : $"[{string.Join(", ", @default)}]", description);
        known.Add(key);
        if (!entries.TryGetValue(key, out var node))
        {
            return [.. @default];
        }

        if (node is not ConfigList list)
        {
            Error(key, $"expected a list, got {node.Describe()}.", $"write it as a YAML list, e.g. {KeyOf(key)}: [\"a\", \"b\"].");
            return [.. @default];
        }

        var result = ImmutableArray.CreateBuilder<string>();
        for (var i = 0; i < list.Items.Length; i++)
        {
            var item = list.Items[i];
            var text = item switch
            {
                ConfigScalar s => s.Text,
                ConfigSecret { Secret: var secret } when secret.Reveal() is { } known => known,
                _ => null,
            };
            if (text is null)
            {
                reader.Error($"{KeyOf(key)}[{i}]", $"expected text, got {item.Describe()}.", "write a plain value.");
                continue;
            }

            if (validate?.Invoke(text) is { } problem)
            {
                reader.Error($"{KeyOf(key)}[{i}]", problem, fix ?? "correct or remove the entry.");
                continue;
            }

            result.Add(text);
        }

        return result.ToImmutable();
    }

    /// <summary>
    /// A secret (<c>pulumi config set --secret</c>, or a component's <c>Input</c>), as the graph value
    /// that carries it: a secret around its plaintext (null while only ciphertext is known) or
    /// around the component's input. A plain value is refused so it cannot leak.
    /// </summary>
    public SecretValue? Secret(string key, string description, bool required)
    {
        Document(key, "secret", required ? "(required)" : "(none)", description);
        known.Add(key);
        if (!entries.TryGetValue(key, out var node))
        {
            if (required)
            {
                Error(key, "is required and not set.", SecretFix(key));
            }

            return null;
        }

        switch (node)
        {
            case ConfigSecret { Secret: var secret }:
                return new SecretValue(secret.Reveal() is { } plain ? new StringValue(plain) : NullValue.Instance);
            case ConfigExternal external:
                return new SecretValue(new ExternalInput(external.Name));
            default:
                Error(key, "holds a plain value, but it must be a secret.", SecretFix(key));
                return null;
        }
    }

    /// <summary>
    /// A secret read from the file a setting names (a path relative to the stack files' folder, or
    /// absolute): its content becomes a secret at once, so it is never held as plain text; the path
    /// itself is not secret. Null when unset, or when the file cannot be read (an error names the key and the path).
    /// </summary>
    public SecretValue? SecretFile(string key, string description)
    {
        var path = String(key, string.Empty, description);
        if (path.Length == 0)
        {
            return null;
        }

        var full = System.IO.Path.GetFullPath(path, reader.Raw.ProjectDirectory ?? Environment.CurrentDirectory);
        try
        {
            return new SecretValue(new StringValue(File.ReadAllText(full)));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            Error(key, $"names '{path}' ({full}), which cannot be read: {e.Message}", "point it at a readable file, relative to the folder of the stack files or absolute.");
            return null;
        }
    }

    /// <summary>
    /// A value a component's args pass through (an <c>Input</c>: an id, an ARN) that must be given;
    /// the layer gets it as the <see cref="ExternalInput"/> of that arg's name.
    /// </summary>
    public ExternalInput RequiredInput(string key, string description)
    {
        Document(key, "input", "(required)", description);
        known.Add(key);
        switch (entries.GetValueOrDefault(key))
        {
            case ConfigExternal external:
                return new ExternalInput(external.Name);
            case null:
                Error(key, "is required and not set.", $"set {KeyOf(key)} (a value or an Output of your own resources).");
                break;
            case var node:
                Error(key, $"expected an input, got {node.Describe()}.", $"set {KeyOf(key)} to a value or an Output.");
                break;
        }

        return new ExternalInput(KeyOf(key));
    }

    /// <summary>A value a component's args may pass through (an <c>Input</c>), as the <see cref="ExternalInput"/> of that arg's name; null when unset.</summary>
    public ExternalInput? OptionalInput(string key, string description)
    {
        Document(key, "input", "(none)", description);
        known.Add(key);
        switch (entries.GetValueOrDefault(key))
        {
            case ConfigExternal external:
                return new ExternalInput(external.Name);
            case null:
                return null;
            case var node:
                Error(key, $"expected an input, got {node.Describe()}.", $"set {KeyOf(key)} to a value or an Output.");
                return null;
        }
    }

    /// <summary>A nested map of settings; an absent key reads as an empty section (all defaults).</summary>
    public ConfigSection Section(string key, string description)
    {
        Document(key, "map", "{}", description);
        known.Add(key);
        var childEntries = ImmutableSortedDictionary.Create<string, ConfigNode>(StringComparer.Ordinal);
        if (entries.TryGetValue(key, out var node))
        {
            if (node is ConfigMap map)
            {
                childEntries = map.Entries;
            }
            else
            {
                Error(key, $"expected a map of settings, got {node.Describe()}.", $"write it as a YAML map under '{KeyOf(key)}:'.");
            }
        }

        return new ConfigSection(reader, KeyOf(key), isNamespace: false, childEntries);
    }

    /// <summary>A list of maps (e.g. suppressions); each item is a section named <c>key[i]</c>.</summary>
    public IReadOnlyList<ConfigSection> SectionList(string key, string description)
    {
        Document(key, "list of map", "[]", description);
        known.Add(key);
        if (!entries.TryGetValue(key, out var node))
        {
            return [];
        }

        if (node is not ConfigList list)
        {
            Error(key, $"expected a list of maps, got {node.Describe()}.", $"write it as a YAML list of maps under '{KeyOf(key)}:'.");
            return [];
        }

        var sections = new List<ConfigSection>();
        for (var i = 0; i < list.Items.Length; i++)
        {
            if (list.Items[i] is ConfigMap map)
            {
                sections.Add(new ConfigSection(reader, $"{KeyOf(key)}[{i}]", isNamespace: false, map.Entries));
            }
            else
            {
                reader.Error($"{KeyOf(key)}[{i}]", $"expected a map, got {list.Items[i].Describe()}.", "write each item as a YAML map.");
            }
        }

        return sections;
    }

    /// <summary>A map of free-form keys to text values (e.g. tags).</summary>
    public ImmutableSortedDictionary<string, string> StringMap(string key, string description)
    {
        Document(key, "map of string", "{}", description);
        known.Add(key);
        var result = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        if (!entries.TryGetValue(key, out var node))
        {
            return result.ToImmutable();
        }

        if (node is not ConfigMap map)
        {
            Error(key, $"expected a map, got {node.Describe()}.", $"write it as a YAML map under '{KeyOf(key)}:'.");
            return result.ToImmutable();
        }

        foreach (var (name, value) in map.Entries)
        {
            if (value is ConfigScalar scalar)
            {
                result[name] = scalar.Text;
            }
            else
            {
                reader.Error($"{KeyOf(key)}.{name}", $"expected text, got {value.Describe()}.", "write a plain value.");
            }
        }

        return result.ToImmutable();
    }

    /// <summary>The names of the child keys the user set, for maps keyed by user data.</summary>
    public IEnumerable<string> Keys => entries.Keys;

    /// <summary>Reports every key that no read asked for, with the nearest known key as a suggestion.</summary>
    public void RejectUnknownKeys()
    {
        foreach (var key in entries.Keys.Where(k => !known.Contains(k)))
        {
            Error(key, "is not a known setting.", $"remove it{DidYouMean.Suggest(key, known)}.");
        }
    }

    /// <summary>Marks keys as known that another part of the program reads (e.g. provider settings).</summary>
    public void Allow(params IEnumerable<string> keys) => known.UnionWith(keys);

    private string SecretFix(string key) => reader.Origin switch
    {
        ConfigOrigin.StackFiles => $"run '{SetCommand(key, "<value>", secret: true)}' so it is stored encrypted.",
        ConfigOrigin.ComponentArgs => $"pass {KeyOf(key)} as a secret Output (Output.CreateSecret in C#, pulumi.secret in TypeScript).",
        _ => throw new InvalidOperationException($"Unknown config origin {reader.Origin}."),
    };

    /// <summary>
    /// The <c>pulumi config set</c> command that sets the key to <paramref name="value"/>: a key
    /// inside a structured value (<c>iris-stack:webGateway.iris.password</c>) needs <c>--path</c>,
    /// or Pulumi sets a flat key of that name, which the stack then rejects as unknown.
    /// </summary>
    public string SetCommand(string key, string value, bool secret)
    {
        var full = KeyOf(key);
        var nested = full.IndexOfAny(['.', '[']) > full.IndexOf(':', StringComparison.Ordinal);
        // Brackets are shell glob characters: quote the key when it has one.
        var quoted = full.Contains('[', StringComparison.Ordinal) ? $"\"{full}\"" : full;
        return $"pulumi config set{(nested ? " --path" : string.Empty)}{(secret ? " --secret" : string.Empty)} {quoted} {value}";
    }

    private static string ToCamel(string name) => char.ToLowerInvariant(name[0]) + name[1..];

    private string? Scalar(string key, string expected)
    {
        known.Add(key);
        if (!entries.TryGetValue(key, out var node))
        {
            return null;
        }

        switch (node)
        {
            case ConfigScalar scalar:
                return scalar.Text;
            case ConfigSecret { Secret: var secret } when secret.Reveal() is { } text:
                return text;
            default:
                Error(key, $"expected {expected}, got {node.Describe()}.", $"set {KeyOf(key)} to {expected}.");
                return null;
        }
    }

    private void Document(string key, string type, string @default, string description) =>
        reader.Document(new ConfigKeyDoc(KeyOf(key), type, @default, description));
}
