namespace IrisStack.Components.Graph;

/// <summary>A handle on a node that has been added, for parenting and referencing its outputs.</summary>
public sealed record NodeRef(string Name, string Type)
{
    /// <summary>A reference to one of the node's outputs (<c>${name.output}</c>).</summary>
    public OutputReference Output(string output) => new(Name, output);

    /// <summary>The node's id output.</summary>
    public OutputReference Id => Output("id");

    /// <summary>The node's ARN output (AWS resources).</summary>
    public OutputReference Arn => Output("arn");
}
