namespace IrisStack.Components.Graph;

/// <summary>
/// A value that comes from outside the graph: an input of a component that only passes through
/// (an existing VPC's id, another layer's output, a key ARN). Layers use it like a reference; the
/// Pulumi component binds it to the <c>Input</c> it was given, and previews show it as
/// <c>&lt;input: name&gt;</c>.
/// </summary>
/// <param name="Name">The input's name, as the component's args call it (<c>vpcId</c>, <c>privateSubnets[0].id</c>).</param>
public sealed record ExternalInput(string Name) : Value
{
    /// <summary>The input as previews show it.</summary>
    public override string ToString() => $"<input: {Name}>";
}
