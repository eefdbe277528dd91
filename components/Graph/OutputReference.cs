namespace IrisStack.Components.Graph;

/// <summary>A reference to an output of another node of the graph (<c>${vpc.id}</c>).</summary>
public sealed record OutputReference(string Node, string Output) : Value
{
    /// <summary>The reference as Pulumi-style text.</summary>
    public override string ToString() => $"${{{Node}.{Output}}}";
}
