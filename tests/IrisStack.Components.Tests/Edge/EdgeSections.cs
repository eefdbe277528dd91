using System.Text.Json;
using System.Text.Json.Nodes;
using IrisStack.Components.Config;
using IrisStack.Components.Edge;
using IrisStack.Components.Edge.CloudFront;
using IrisStack.Components.WebGateway;
using IrisStack.Stack;

namespace IrisStack.Components.Tests.Edge;

/// <summary>Reads <c>iris-stack:edge</c> from JSON the way Pulumi hands config to a program.</summary>
internal static class EdgeSections
{
    public const string AllowedPathsKey = "iris-stack:webGateway.allowedPaths";

    public static EdgeConfig Read(JsonObject waf, IReadOnlyList<string>? allowedPaths = null, JsonObject? cloudFront = null)
    {
        var edge = new JsonObject { ["waf"] = waf };
        if (cloudFront is not null)
        {
            edge["cloudFront"] = cloudFront;
        }

        var config = JsonSerializer.Serialize(new Dictionary<string, string> { ["iris-stack:edge"] = edge.ToJsonString() });
        var reader = new ConfigReader(new PulumiEnvironmentConfigSource("iris-stack", "test", config, null).Read());
        var result = EdgeConfig.Read(reader.Namespace("iris-stack").Section("edge", "The edge layer"), allowedPaths ?? WebGatewayDefaults.AllowedPaths, AllowedPathsKey);
        reader.ThrowIfInvalid();
        return result;
    }

    public static ConfigException Error(JsonObject waf, IReadOnlyList<string>? allowedPaths = null) =>
        Assert.Throws<ConfigException>(() => Read(waf, allowedPaths));

    /// <summary>The CloudFront settings read from <paramref name="cloudFront"/> beside a default WAF.</summary>
    public static CloudFrontConfig ReadCloudFront(JsonObject cloudFront) => Read([], cloudFront: cloudFront).CloudFront!;

    /// <summary>The errors of reading <paramref name="cloudFront"/>.</summary>
    public static ConfigException CloudFrontError(JsonObject cloudFront) =>
        Assert.Throws<ConfigException>(() => Read([], cloudFront: cloudFront));
}
