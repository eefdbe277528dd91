namespace IrisStack.Components.Config;

/// <summary>
/// Where a config record's settings were read from (<c>iris-stack:network</c> in a stack file,
/// <c>NetworkArgs</c> for a component), so that what a layer builds from a setting can name its full key.
/// </summary>
/// <param name="Path">The section's key path.</param>
public sealed record SettingsPath(string Path)
{
    /// <summary>The settings of a section of the stack's namespace (<c>iris-stack:&lt;section&gt;</c>).</summary>
    public static SettingsPath Stack(string section) => new($"{ConfigReader.ProjectNamespace}:{section}");

    /// <summary>The full key of a setting below the section (<c>headers.hstsMaxAgeSeconds</c>).</summary>
    public string KeyOf(string key) => $"{Path}.{key}";
}
