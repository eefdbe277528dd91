using System.Text.Json;
using System.Text.Json.Nodes;
using IrisStack.Components.Config;
using IrisStack.Stack;

namespace IrisStack.Components.Tests.WebGateway;

/// <summary>Stack configurations for the Web Gateway tests: from JSON like PULUMI_CONFIG, or from the repository's stack files.</summary>
internal static class TestStacks
{
    public static StackConfig Load(JsonObject webGateway, bool passwordIsSecret = true)
    {
        var config = new JsonObject
        {
            ["aws:region"] = "eu-west-1",
            ["iris-stack:accountId"] = "123456789012",
            ["iris-stack:webGateway"] = webGateway.ToJsonString(),
        };
        var secrets = passwordIsSecret ? "[\"iris-stack:webGateway\"]" : "[]";
        return StackConfigLoader.Load(new PulumiEnvironmentConfigSource("iris-stack", "test", config.ToJsonString(), secrets));
    }

    /// <summary>A web gateway section with a (secret) password and the given extra keys.</summary>
    public static JsonObject Section(params (string Key, JsonNode? Value)[] entries)
    {
        var section = new JsonObject { ["iris"] = new JsonObject { ["password"] = "s3cret-pw" } };
        foreach (var (key, value) in entries)
        {
            section[key] = value;
        }

        return section;
    }

    public static ConfigException Error(JsonObject webGateway, bool passwordIsSecret = true) =>
        Assert.Throws<ConfigException>(() => Load(webGateway, passwordIsSecret));

    public static JsonArray Array(params string[] items) => new([.. items.Select(i => (JsonNode?)JsonValue.Create(i))]);


    public static JsonNode? Json(string text) => JsonNode.Parse(text, documentOptions: new JsonDocumentOptions());
}
