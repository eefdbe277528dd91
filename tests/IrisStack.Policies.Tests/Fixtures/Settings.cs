using System.Text.Json;
using IrisStack.Components.Config;
using IrisStack.Stack;

namespace IrisStack.Policies.Tests.Fixtures;

/// <summary>Policy settings read from an <c>iris-stack:policies</c> value, by the same code that reads stack files.</summary>
internal static class Settings
{
    public static PolicySettings Defaults => From("{}");

    /// <summary>Reads settings from the JSON of the <c>iris-stack:policies</c> key; throws <see cref="ConfigException"/> when invalid.</summary>
    public static PolicySettings From(string policiesJson)
    {
        var config = JsonSerializer.Serialize(new Dictionary<string, string> { ["iris-stack:policies"] = policiesJson });
        var reader = new ConfigReader(new PulumiEnvironmentConfigSource("iris-stack", "test", config, null).Read());
        var settings = PolicySettings.Read(reader.Namespace("iris-stack").Section("policies", "policy settings"));
        reader.ThrowIfInvalid();
        return settings;
    }
}
