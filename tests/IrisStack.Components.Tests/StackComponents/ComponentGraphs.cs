using System.Collections.Immutable;
using IrisStack.Components.Graph;

namespace IrisStack.Components.Tests.StackComponents;

/// <summary>
/// What the Pulumi program does when one component is handed another's outputs, done on the
/// graphs: every external input replaced by the value it is bound to, every external resource
/// by the node it stands for. Lets a test compare composed components with one whole graph.
/// </summary>
internal static class ComponentGraphs
{
    public static ImmutableArray<ResourceNode> Bind(ResourceGraph graph, IReadOnlyDictionary<string, Value> inputs, IReadOnlyDictionary<string, string> resources)
    {
        Assert.All(graph.Nodes.SelectMany(n => n.Inputs.Externals()), e => Assert.True(inputs.ContainsKey(e.Name), $"unbound input {e}"));
        Assert.All(graph.ExternalResources, r => Assert.True(resources.ContainsKey(r), $"unbound resource {r}"));
        string Resource(string name) => resources.GetValueOrDefault(name) ?? name;
        return [.. graph.Nodes.Select(n => n with
        {
            Inputs = (MapValue)Substitute(n.Inputs, inputs),
            Options = n.Options with
            {
                Provider = n.Options.Provider is { } p ? Resource(p) : null,
                DependsOn = [.. n.Options.DependsOn.Select(Resource)],
            },
        })];
    }

    private static Value Substitute(Value value, IReadOnlyDictionary<string, Value> inputs) => value switch
    {
        ExternalInput e => inputs[e.Name],
        SecretValue s => new SecretValue(Substitute(s.Inner, inputs)),
        ListValue l => new ListValue([.. l.Items.Select(i => Substitute(i, inputs))]),
        MapValue m => new MapValue(m.Entries.ToImmutableSortedDictionary(e => e.Key, e => Substitute(e.Value, inputs), StringComparer.Ordinal)),
        InterpolationValue i => new InterpolationValue([.. i.Parts.Select(p => Substitute(p, inputs))]),
        _ => value,
    };
}
