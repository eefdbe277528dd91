using System.Text.Json;
using System.Text.Json.Nodes;
using IrisStack.Components.Config;
using IrisStack.Components.Data.Backups;
using IrisStack.Stack;

namespace IrisStack.Components.Tests.Data.Backups;

/// <summary>Reads <c>iris-stack:data.backups</c> from JSON the way Pulumi hands config to a program.</summary>
internal static class BackupsSections
{
    public const string BreakGlass = "arn:aws:iam::123456789012:role/backup-break-glass";

    /// <summary>The section with the one required key set, then <paramref name="settings"/>'s keys.</summary>
    public static JsonObject With(JsonObject? settings = null)
    {
        var section = new JsonObject { ["breakGlassRoleArn"] = BreakGlass };
        foreach (var (key, value) in settings ?? [])
        {
            section[key] = value?.DeepClone();
        }

        return section;
    }

    public static BackupsConfig Read(JsonObject backups)
    {
        var config = JsonSerializer.Serialize(new Dictionary<string, string> { ["iris-stack:data"] = new JsonObject { ["backups"] = backups }.ToJsonString() });
        var reader = new ConfigReader(new PulumiEnvironmentConfigSource("iris-stack", "test", config, null).Read());
        var result = BackupsConfig.Read(reader.Namespace("iris-stack").Section("data", "The data layer").Section("backups", "Backups"));
        reader.ThrowIfInvalid();
        return result;
    }

    public static ConfigException Error(JsonObject backups) => Assert.Throws<ConfigException>(() => Read(backups));
}
