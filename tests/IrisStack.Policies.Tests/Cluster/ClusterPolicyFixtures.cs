using System.Collections.Immutable;
using System.Text.Json;
using IrisStack.Components.Config;
using IrisStack.Components.Graph;
using IrisStack.Stack;

namespace IrisStack.Policies.Tests.Cluster;

/// <summary>
/// A compliant stack built by the real layers, and edits that change one node of it, so each
/// violating case differs from the compliant one in a single field.
/// </summary>
internal static class ClusterPolicyFixtures
{
    private static readonly Lazy<ResourceGraph> Compliant = new(() => Build(protect: true));

    /// <summary>The compliant stack (protect on, default cluster settings).</summary>
    public static ResourceGraph Graph => Compliant.Value;

    public static ResourceGraph Build(bool protect = true, string? cluster = null)
    {
        var values = new Dictionary<string, string>
        {
            ["aws:region"] = "eu-west-1",
            ["iris-stack:accountId"] = "123456789012",
            ["iris-stack:protectStatefulResources"] = protect ? "true" : "false",
        };
        if (cluster is not null)
        {
            values["iris-stack:cluster"] = cluster;
        }

        var config = StackConfigLoader.Load(new PulumiEnvironmentConfigSource("iris-stack", "test", JsonSerializer.Serialize(values), null));
        return IrisStackBlueprint.Build(config).Graph;
    }

    /// <summary>The graph with one node changed.</summary>
    public static ResourceGraph Edit(ResourceGraph graph, string name, Func<ResourceNode, ResourceNode> edit) =>
        Replay(graph.Nodes.Select(n => n.Name == name ? edit(n) : n), graph);

    /// <summary>The graph with one input of one node set (null removes it).</summary>
    public static ResourceGraph SetInput(ResourceGraph graph, string name, string path, Value? value) =>
        SetInput(graph, name, path.Split('.'), value);

    /// <summary>As above, with the path given as segments (for keys that contain dots, such as label names).</summary>
    public static ResourceGraph SetInput(ResourceGraph graph, string name, string[] path, Value? value) =>
        Edit(graph, name, n => n with { Inputs = Set(n.Inputs, path, value) });

    /// <summary>The graph without the named nodes (which nothing may reference).</summary>
    public static ResourceGraph Remove(ResourceGraph graph, params string[] names) =>
        Replay(graph.Nodes.Where(n => !names.Contains(n.Name)).Select(n => n with { Options = n.Options with { DependsOn = [.. n.Options.DependsOn.Where(d => !names.Contains(d))] } }), graph);

    /// <summary>The graph with nodes added at the end.</summary>
    public static ResourceGraph Add(ResourceGraph graph, params ResourceNode[] nodes) => Replay(graph.Nodes.Concat(nodes), graph);

    /// <summary>The result of one policy on a graph, at mandatory level.</summary>
    public static PolicyResult Run(Policy policy, ResourceGraph graph, bool requireProtection = true)
    {
        var settings = new PolicySettings(null, ImmutableSortedDictionary<string, LevelOverride>.Empty, [], 365) { RequireProtection = requireProtection };
        return PolicyRunner.Run(new PolicyPack([policy]), graph, settings).Results.Single();
    }

    /// <summary>Asserts the policy passes.</summary>
    public static void AssertPasses(Policy policy, ResourceGraph graph, bool requireProtection = true)
    {
        var result = Run(policy, graph, requireProtection);
        Assert.Empty(result.Violations);
        Assert.Equal(PolicyStatus.Passed, result.Status);
    }

    /// <summary>Asserts exactly one violation, on the node and property given; returns it.</summary>
    public static PolicyViolation AssertViolation(Policy policy, ResourceGraph graph, string resource, string property, bool requireProtection = true)
    {
        var result = Run(policy, graph, requireProtection);
        Assert.Equal(PolicyStatus.Violated, result.Status);
        var violation = Assert.Single(result.Violations);
        Assert.Equal(resource, violation.Resource);
        Assert.Equal(property, violation.Property);
        Assert.False(string.IsNullOrWhiteSpace(violation.Fix));
        return violation;
    }

    private static MapValue Set(MapValue map, string[] path, Value? value)
    {
        if (path.Length == 1)
        {
            return value is null ? new MapValue(map.Entries.Remove(path[0])) : map.With(path[0], value);
        }

        var child = map[path[0]] as MapValue ?? MapValue.Empty;
        return map.With(path[0], Set(child, path[1..], value));
    }

    private static ResourceGraph Replay(IEnumerable<ResourceNode> nodes, ResourceGraph original)
    {
        var builder = new GraphBuilder(original.Project, original.Stack);
        foreach (var n in nodes)
        {
            _ = n.Kind switch
            {
                NodeKind.Component => builder.Component(n.Type, n.Name, n.Parent),
                NodeKind.RemoteComponent => builder.RemoteComponent(n.Type, n.Name, n.Inputs, n.Parent, n.Options),
                NodeKind.Provider => builder.Provider(n.Type["pulumi:providers:".Length..], n.Name, n.Inputs, n.Parent),
                _ => builder.Resource(n.Type, n.Name, n.Inputs, n.Parent, n.Options),
            };
        }

        return builder.Build();
    }
}
