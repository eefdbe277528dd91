namespace IrisStack.Components.Config;

/// <summary>
/// A value that a component's args pass through rather than decide with (an <c>Input</c>: a
/// password, an id from another resource): the layer gets it as an <see cref="Graph.ExternalInput"/>
/// of that name.
/// </summary>
/// <param name="Name">The arg's path, e.g. <c>iris.password</c>.</param>
public sealed record ConfigExternal(string Name) : ConfigNode
{
    /// <inheritdoc />
    public override string Describe() => "an input";
}
