using System.Text.Json;
using System.Text.Json.Nodes;
using IrisStack.Components.Config;
using IrisStack.Components.Data.Iko;
using IrisStack.Stack;

namespace IrisStack.Components.Tests.Data.Iko;

/// <summary>Reads <c>iris-stack:data.operator</c> from JSON the way Pulumi hands config to a program.</summary>
internal static class OperatorSections
{
    public const string Archive = "./charts/iris-operator-3.6.7.tgz";

    public const string Image = "containers.intersystems.com/intersystems/iris-operator-amd:3.6.7.100";

    /// <summary>The settings every stack gives: a chart, the image and the registry login.</summary>
    public static JsonObject Minimal(params (string Key, JsonNode? Value)[] overrides)
    {
        var section = new JsonObject
        {
            ["chart"] = Archive,
            ["image"] = Image,
            ["registry"] = new JsonObject { ["username"] = "icr-user", ["password"] = "token\"with\\specials" },
        };
        foreach (var (key, value) in overrides)
        {
            section[key] = value;
        }

        return section;
    }

    /// <summary>Reads the section; <paramref name="secret"/> marks the whole data config secret, as <c>--secret</c> does for the credentials.</summary>
    public static OperatorConfig Read(JsonObject section, bool secret = true)
    {
        var config = JsonSerializer.Serialize(new Dictionary<string, string> { ["iris-stack:data"] = new JsonObject { ["operator"] = section }.ToJsonString() });
        var reader = new ConfigReader(new PulumiEnvironmentConfigSource("iris-stack", "test", config, secret ? """["iris-stack:data"]""" : null).Read());
        var result = OperatorConfig.Read(reader.Namespace("iris-stack").Section("data", "The data layer").Section("operator", "The operator"));
        reader.ThrowIfInvalid();
        return result;
    }

    public static ConfigException Error(JsonObject section, bool secret = true) => Assert.Throws<ConfigException>(() => Read(section, secret));
}
