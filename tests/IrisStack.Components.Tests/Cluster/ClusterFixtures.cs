using System.Text.Json;
using IrisStack.Components.Config;
using IrisStack.Components.Graph;
using IrisStack.Stack;

namespace IrisStack.Components.Tests.Cluster;

/// <summary>Stack configurations and builds for the cluster tests, from the same loader the stacks use.</summary>
internal static class ClusterFixtures
{
    public const string Account = "123456789012";

    /// <summary>The raw config of a test stack; <paramref name="cluster"/> is the JSON of iris-stack:cluster.</summary>
    public static PulumiEnvironmentConfigSource Source(string? cluster = null, bool? protect = null, string stack = "test")
    {
        var values = new Dictionary<string, string>
        {
            ["aws:region"] = "eu-west-1",
            ["iris-stack:accountId"] = Account,
            ["iris-stack:network"] = """{"cidr":"10.40.0.0/16","azCount":"3"}""",
        };
        if (cluster is not null)
        {
            values["iris-stack:cluster"] = cluster;
        }

        if (protect is not null)
        {
            values["iris-stack:protectStatefulResources"] = protect.Value ? "true" : "false";
        }

        return new PulumiEnvironmentConfigSource("iris-stack", stack, JsonSerializer.Serialize(values), null);
    }

    public static StackConfig Config(string? cluster = null, bool? protect = null) => StackConfigLoader.Load(Source(cluster, protect));

    public static StackBuild Build(string? cluster = null, bool? protect = null) => IrisStackBlueprint.Build(Config(cluster, protect));

    /// <summary>The configuration errors of a cluster section, which must be invalid.</summary>
    public static IReadOnlyList<ConfigError> Errors(string cluster) =>
        Assert.Throws<ConfigException>(() => StackConfigLoader.Load(Source(cluster))).Errors;

    public static MapValue Map(Value? value) => Assert.IsType<MapValue>(value);

    public static string Text(Value? value) => Assert.IsType<StringValue>(value).Value;

    public static IEnumerable<string> Texts(Value? value) => Assert.IsType<ListValue>(value).Items.Select(Text);
}
