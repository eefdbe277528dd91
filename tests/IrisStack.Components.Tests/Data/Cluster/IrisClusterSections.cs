using System.Text.Json;
using System.Text.Json.Nodes;
using IrisStack.Components.Config;
using IrisStack.Components.Data.Cluster;
using IrisStack.Stack;

namespace IrisStack.Components.Tests.Data.Cluster;

/// <summary>Reads <c>iris-stack:data.cluster</c> from JSON the way Pulumi hands config to a program.</summary>
internal static class IrisClusterSections
{
    public static readonly string[] Zones = ["eu-west-1a", "eu-west-1b", "eu-west-1c"];

    public static IrisClusterConfig Read(JsonObject cluster, bool secret = false, IReadOnlyList<string>? zones = null, string? projectDirectory = null)
    {
        var config = JsonSerializer.Serialize(new Dictionary<string, string> { ["iris-stack:data"] = new JsonObject { ["cluster"] = cluster }.ToJsonString() });
        var reader = new ConfigReader(new PulumiEnvironmentConfigSource("iris-stack", "test", config, secret ? """["iris-stack:data"]""" : null).Read() with { ProjectDirectory = projectDirectory });
        var section = reader.Namespace("iris-stack").Section("data", "The data layer").Section("cluster", "The IrisCluster");
        var result = IrisClusterConfig.Read(section, zones ?? Zones);
        reader.ThrowIfInvalid();
        return result;
    }

    public static ConfigException Error(JsonObject cluster, IReadOnlyList<string>? zones = null, string? projectDirectory = null) =>
        Assert.Throws<ConfigException>(() => Read(cluster, zones: zones, projectDirectory: projectDirectory));
}
