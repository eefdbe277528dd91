namespace IrisStack.Components.Graph;

/// <summary>
/// Where a layer builds: its component's logical name, which names every child
/// (<c>{name}-{role}</c>, as pulumi-eks does), and the component's parent, if any. Two scopes with
/// different names give two subgraphs that coexist in one stack.
/// </summary>
/// <param name="Name">The component's logical name.</param>
/// <param name="Parent">The logical name of the node the component is parented to, if any.</param>
public sealed record ComponentScope(string Name, string? Parent = null)
{
    /// <summary>A child's logical name, <c>{component}-{role}</c>.</summary>
    public string Child(string role) => Naming.Child(Name, role);

    /// <summary>A per-zone child's logical name, <c>{component}-{role}-{az}</c>.</summary>
    public string Child(string role, string availabilityZone) => Naming.Child(Name, role, availabilityZone);
}
