using System.Text.Json;
using System.Text.Json.Nodes;
using IrisStack.Components.Config;
using IrisStack.Components.Edge;
using IrisStack.Components.Edge.Alb;
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
        var result = EdgeConfig.Read(reader.Namespace("iris-stack").Section("edge", "The edge layer"), allowedPaths ?? WebGatewayDefaults.AllowedPaths, AllowedPathsKey, "eu-west-1", protectStatefulResources: false);
        reader.ThrowIfInvalid();
        return result;
    }

    public static ConfigException Error(JsonObject waf, IReadOnlyList<string>? allowedPaths = null) =>
        Assert.Throws<ConfigException>(() => Read(waf, allowedPaths));

    /// <summary>Reads <c>iris-stack:edge.alb</c> on a stack in eu-west-1.</summary>
    public static AlbConfig ReadAlb(JsonObject alb, bool protectStatefulResources = false)
    {
        var config = JsonSerializer.Serialize(new Dictionary<string, string> { ["iris-stack:edge"] = new JsonObject { ["alb"] = alb }.ToJsonString() });
        var reader = new ConfigReader(new PulumiEnvironmentConfigSource("iris-stack", "test", config, null).Read());
        var result = EdgeConfig.Read(reader.Namespace("iris-stack").Section("edge", "The edge layer"), WebGatewayDefaults.AllowedPaths, AllowedPathsKey, "eu-west-1", protectStatefulResources);
        reader.ThrowIfInvalid();
        return result.Alb!;
    }

    public static ConfigException AlbError(JsonObject alb) => Assert.Throws<ConfigException>(() => ReadAlb(alb));
}
