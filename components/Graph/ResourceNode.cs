namespace IrisStack.Components.Graph;

/// <summary>
/// One node of the graph: what Pulumi's <c>RegisterResource</c> carries. <see cref="Name"/> is
/// the Pulumi logical name and is unique in a graph; <see cref="Parent"/> names the parent node.
/// </summary>
public sealed record ResourceNode(string Type, string Name, NodeKind Kind, string? Parent, MapValue Inputs, ResourceOptions Options)
{
    /// <summary>The input at a dotted path (<c>ingress</c>, <c>spec.replicas</c>), or null when unset.</summary>
    public Value? Input(string path)
    {
        Value? current = Inputs;
        foreach (var part in path.Split('.'))
        {
            current = current is MapValue map ? map[part] : null;
        }

        return current;
    }
}
