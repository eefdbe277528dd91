using System.Collections.Immutable;
using IrisStack.Components.Graph;

namespace IrisStack.Stack.Components;

/// <summary>
/// What the Pulumi program does when one component is handed another's outputs, done on the
/// graphs: every external input replaced by the value it is bound to, every external resource by
/// the node it stands for. Lets the program prove, before it registers anything, that its
/// components together are the graph the policies checked.
/// </summary>
public static class ComponentGraphs
{
    /// <summary>The nodes of <paramref name="graph"/> with its external inputs and resources bound; throws when one is not bound.</summary>
    public static ImmutableArray<ResourceNode> Bind(ResourceGraph graph, IReadOnlyDictionary<string, Value> inputs, IReadOnlyDictionary<string, string> resources)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var unbound = graph.Nodes.SelectMany(n => n.Inputs.Externals()).Select(e => e.Name).Where(n => !inputs.ContainsKey(n))
            .Concat(graph.ExternalResources.Where(r => !resources.ContainsKey(r)))
            .FirstOrDefault();
        if (unbound is not null)
        {
            throw new InvalidOperationException($"The component's external '{unbound}' is bound to nothing.");
        }

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
