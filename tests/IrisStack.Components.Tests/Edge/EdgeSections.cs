using System.Text.Json;
using System.Text.Json.Nodes;
using IrisStack.Components.Config;
using IrisStack.Components.Edge;
using IrisStack.Components.WebGateway;
using IrisStack.Stack;

namespace IrisStack.Components.Tests.Edge;

/// <summary>Reads <c>iris-stack:edge</c> from JSON the way Pulumi hands config to a program.</summary>
internal static class EdgeSections
{
    public const string AllowedPathsKey = "iris-stack:webGateway.allowedPaths";

    public static EdgeConfig Read(JsonObject waf, IReadOnlyList<string>? allowedPaths = null)
    {
        var config = JsonSerializer.Serialize(new Dictionary<string, string> { ["iris-stack:edge"] = new JsonObject { ["waf"] = waf }.ToJsonString() });
        var reader = new ConfigReader(new PulumiEnvironmentConfigSource("iris-stack", "test", config, null).Read());
        var result = EdgeConfig.Read(reader.Namespace("iris-stack").Section("edge", "The edge layer"), allowedPaths ?? WebGatewayDefaults.AllowedPaths, AllowedPathsKey);
        reader.ThrowIfInvalid();
        return result;
    }

    public static ConfigException Error(JsonObject waf, IReadOnlyList<string>? allowedPaths = null) =>
        Assert.Throws<ConfigException>(() => Read(waf, allowedPaths));
}
