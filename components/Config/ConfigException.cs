namespace IrisStack.Components.Config;

/// <summary>Thrown when the stack configuration is invalid; carries every problem found, not just the first.</summary>
public sealed class ConfigException : Exception
{
    /// <summary>Creates the exception from the collected errors.</summary>
    public ConfigException(IReadOnlyList<ConfigError> errors)
        : this(errors, "stack configuration")
    {
    }

    /// <summary>Creates the exception from the collected errors of <paramref name="subject"/> (what was read).</summary>
    public ConfigException(IReadOnlyList<ConfigError> errors, string subject)
        : base(Format(errors, subject)) => Errors = errors;

    /// <summary>Creates an exception with a single error.</summary>
    public ConfigException(ConfigError error)
        : this([error])
    {
    }

    /// <summary>The problems, in the order found.</summary>
    public IReadOnlyList<ConfigError> Errors { get; }

    private static string Format(IReadOnlyList<ConfigError> errors, string subject) =>
        $"Invalid {subject} ({errors.Count} problem{(errors.Count == 1 ? string.Empty : "s")}):" + Environment.NewLine +
        string.Join(Environment.NewLine, errors.Select(e => "  - " + e));
}
