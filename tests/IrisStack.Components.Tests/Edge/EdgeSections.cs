using System.Text.Json;
using System.Text.Json.Nodes;
using IrisStack.Components.Config;
using IrisStack.Components.Edge;
using IrisStack.Components.Edge.Alb;
using IrisStack.Components.Edge.CloudFront;
using IrisStack.Components.WebGateway;
using IrisStack.Stack;

namespace IrisStack.Components.Tests.Edge;

/// <summary>Reads <c>iris-stack:edge</c> from JSON the way Pulumi hands config to a program.</summary>
internal static class EdgeSections
{
    public const string AllowedPathsKey = "iris-stack:webGateway.allowedPaths";

    /// <summary>A distribution and an ALB that read without problems: the partner of a section under test, since the edge needs both or neither.</summary>
    private static JsonObject MinimalCloudFront() => new() { ["aliases"] = new JsonArray("iris.example.com"), ["certificateArn"] = "arn:aws:acm:us-east-1:123456789012:certificate/11111111-2222-3333-4444-555555555555" };

    private static JsonObject MinimalAlb() => new() { ["certificateArn"] = "arn:aws:acm:eu-west-1:123456789012:certificate/11111111-2222-3333-4444-555555555555", ["originFacingPrefixListId"] = "pl-4fa04526" };

    public static EdgeConfig Read(JsonObject waf, IReadOnlyList<string>? allowedPaths = null, JsonObject? cloudFront = null, JsonObject? alb = null, bool protectStatefulResources = false)
    {
        var edge = new JsonObject { ["waf"] = waf };
        if (cloudFront is not null || alb is not null)
        {
            edge["cloudFront"] = cloudFront ?? MinimalCloudFront();
            edge["alb"] = alb ?? MinimalAlb();
        }

        var config = JsonSerializer.Serialize(new Dictionary<string, string> { ["iris-stack:edge"] = edge.ToJsonString() });
        var reader = new ConfigReader(new PulumiEnvironmentConfigSource("iris-stack", "test", config, null).Read());
        var result = EdgeConfig.Read(reader.Namespace("iris-stack").Section("edge", "The edge layer"), allowedPaths ?? WebGatewayDefaults.AllowedPaths, AllowedPathsKey, "eu-west-1", protectStatefulResources);
        reader.ThrowIfInvalid();
        return result;
    }

    public static ConfigException Error(JsonObject waf, IReadOnlyList<string>? allowedPaths = null) =>
        Assert.Throws<ConfigException>(() => Read(waf, allowedPaths));

    /// <summary>Reads <c>iris-stack:edge.alb</c> on a stack in eu-west-1.</summary>
    public static AlbConfig ReadAlb(JsonObject alb, bool protectStatefulResources = false) => Read([], alb: alb, protectStatefulResources: protectStatefulResources).Alb!;

    public static ConfigException AlbError(JsonObject alb) => Assert.Throws<ConfigException>(() => ReadAlb(alb));

    /// <summary>The CloudFront settings read from <paramref name="cloudFront"/> beside a default WAF.</summary>
    public static CloudFrontConfig ReadCloudFront(JsonObject cloudFront) => Read([], cloudFront: cloudFront).CloudFront!;

    /// <summary>The errors of reading <paramref name="cloudFront"/>.</summary>
    public static ConfigException CloudFrontError(JsonObject cloudFront) =>
        Assert.Throws<ConfigException>(() => Read([], cloudFront: cloudFront));
}
