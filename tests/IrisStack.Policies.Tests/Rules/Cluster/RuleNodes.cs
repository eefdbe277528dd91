using IrisStack.Components.Graph;

namespace IrisStack.Policies.Tests.Rules.Cluster;

/// <summary>Single nodes for the resource policies that look at one resource of any stack.</summary>
internal static class RuleNodes
{
    public static PolicyContext Context { get; } = new(MinimumLogRetentionDays: 365);

    /// <summary>A custom resource of the type, with the inputs given.</summary>
    public static ResourceNode Node(string type, params (string Key, Value? Value)[] inputs) =>
        new(type, "subject", NodeKind.Custom, null, MapValue.Of(inputs), ResourceOptions.None);

    /// <summary>The node with one input of a nested path set (null removes it).</summary>
    public static ResourceNode With(this ResourceNode node, string path, Value? value) =>
        node with { Inputs = Set(node.Inputs, path.Split('.'), value) };

    private static MapValue Set(MapValue map, string[] path, Value? value)
    {
        if (path.Length == 1)
        {
            return value is null ? new MapValue(map.Entries.Remove(path[0])) : map.With(path[0], value);
        }

        return map.With(path[0], Set(map[path[0]] as MapValue ?? MapValue.Empty, path[1..], value));
    }
}
