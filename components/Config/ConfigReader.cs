using System.Collections.Immutable;

namespace IrisStack.Components.Config;

/// <summary>
/// Reads typed settings out of a <see cref="RawStackConfig"/>, collecting every error instead of
/// stopping at the first, and recording each key it reads with its default and description so
/// the configuration reference is generated from the very code that applies the defaults.
/// One reader per load.
/// </summary>
public sealed class ConfigReader
{
    /// <summary>The configuration namespace of IrisStack's keys (the Pulumi project name).</summary>
    public const string ProjectNamespace = "iris-stack";

    private readonly List<ConfigError> errors = [];
    private readonly List<ConfigKeyDoc> documented = [];

    /// <summary>Starts reading a stack's configuration.</summary>
    public ConfigReader(RawStackConfig raw)
    {
        Raw = raw;
        Origin = ConfigOrigin.StackFiles;
        Subject = "stack configuration";
    }

    private ConfigReader(string subject)
    {
        Raw = new RawStackConfig(ProjectNamespace, subject, ImmutableSortedDictionary<string, ConfigNode>.Empty);
        Origin = ConfigOrigin.ComponentArgs;
        Subject = subject;
    }

    /// <summary>The raw configuration being read (empty for component args).</summary>
    public RawStackConfig Raw { get; }

    /// <summary>Where the settings come from, which decides how fixes are worded.</summary>
    public ConfigOrigin Origin { get; }

    /// <summary>What is being read, for the error message (<c>stack configuration</c>, <c>NetworkArgs of 'iris'</c>).</summary>
    public string Subject { get; }

    /// <summary>Every problem found so far.</summary>
    public IReadOnlyList<ConfigError> Errors => errors;

    /// <summary>Every key read so far, in reading order.</summary>
    public IReadOnlyList<ConfigKeyDoc> Documented => documented;

    /// <summary>
    /// The keys of one namespace (<c>iris-stack</c>, <c>aws</c>) as a section whose children are
    /// the top-level keys (<c>iris-stack:network</c>).
    /// </summary>
    public ConfigSection Namespace(string name) =>
        new(this, $"{name}:", isNamespace: true, Raw.Values
            .Where(e => e.Key.StartsWith(name + ":", StringComparison.Ordinal))
            .ToImmutableSortedDictionary(e => e.Key[(name.Length + 1)..], e => e.Value, StringComparer.Ordinal));

    /// <summary>
    /// Reads a component's args with the readers the stack files use: the section's keys are the
    /// args' wire names, so every error names the arg path (<c>NetworkArgs.cidr</c>).
    /// </summary>
    /// <param name="argsType">The args class's name, the first part of every key.</param>
    /// <param name="componentName">The component's logical name, for the error message.</param>
    /// <param name="args">The args' values by wire name.</param>
    public static ConfigSection ComponentArgs(string argsType, string componentName, ConfigMap args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var reader = new ConfigReader($"{argsType} of '{componentName}'");
        return new ConfigSection(reader, argsType, isNamespace: false, args.Entries);
    }

    /// <summary>
    /// An empty section of our namespace, for reading a section's defaults through the very code
    /// that reads it from a stack (so a record's <c>Default</c> cannot drift from what stacks get).
    /// </summary>
    public static ConfigSection EmptySection(string key) =>
        new ConfigReader(new RawStackConfig(ProjectNamespace, "defaults", ImmutableSortedDictionary<string, ConfigNode>.Empty))
            .Namespace(ProjectNamespace)
            .Section(key, "defaults");

    /// <summary>Records a problem.</summary>
    public void Error(string key, string problem, string fix) => errors.Add(new ConfigError(key, problem, fix));

    /// <summary>Throws <see cref="ConfigException"/> with every problem when there is any.</summary>
    public void ThrowIfInvalid()
    {
        if (errors.Count > 0)
        {
            throw new ConfigException(errors.ToList(), Subject);
        }
    }

    internal void Document(ConfigKeyDoc doc)
    {
        var index = documented.FindIndex(d => d.Key == doc.Key);
        if (index >= 0)
        {
            documented[index] = doc;
        }
        else
        {
            documented.Add(doc);
        }
    }
}
