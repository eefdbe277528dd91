namespace IrisStack.Components.Graph;

/// <summary>
/// Collects nodes while the layers build, and checks as it goes that every name is unique and
/// that parents, providers, dependencies and references name nodes added before. One builder per
/// stack build; <see cref="Build"/> freezes it into a <see cref="ResourceGraph"/>.
/// </summary>
public sealed class GraphBuilder(string project, string stack)
{
    private readonly List<ResourceNode> nodes = [];
    private readonly HashSet<string> names = new(StringComparer.Ordinal);
    private readonly SortedSet<string> externals = new(StringComparer.Ordinal);
    private readonly List<SettingSource> settings = [];

    /// <summary>The Pulumi stack name, for names and tags that layers derive from it.</summary>
    public string Stack { get; } = stack;

    /// <summary>The Pulumi project name.</summary>
    public string Project { get; } = project;

    /// <summary>Adds a provider-managed resource and returns a handle to reference its outputs.</summary>
    public NodeRef Resource(string type, string name, MapValue inputs, string? parent = null, ResourceOptions? options = null) =>
        Add(new ResourceNode(type, name, NodeKind.Custom, parent, inputs, options ?? ResourceOptions.None));

    /// <summary>Adds one of our own components (<c>iris:&lt;layer&gt;:&lt;Type&gt;</c>).</summary>
    public NodeRef Component(string type, string name, string? parent = null) =>
        Add(new ResourceNode(type, name, NodeKind.Component, parent, MapValue.Empty, ResourceOptions.None));

    /// <summary>Adds a layer's component node, named and parented by its scope.</summary>
    public NodeRef Component(string type, ComponentScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return Component(type, scope.Name, scope.Parent);
    }

    /// <summary>
    /// Declares a resource outside this graph (a Kubernetes provider or a namespace a component is
    /// given) that nodes may name in their <c>provider</c> and <c>dependsOn</c> options, never as
    /// a parent; the Pulumi component binds the name to the resource it was given.
    /// </summary>
    public string External(string name)
    {
        if (!names.Add(name))
        {
            throw new InvalidOperationException($"Duplicate name '{name}': an external resource must not share a name with a node.");
        }

        externals.Add(name);
        return name;
    }

    /// <summary>Adds a multi-language component that a provider plugin implements (registered remote).</summary>
    public NodeRef RemoteComponent(string type, string name, MapValue inputs, string? parent = null, ResourceOptions? options = null) =>
        Add(new ResourceNode(type, name, NodeKind.RemoteComponent, parent, inputs, options ?? ResourceOptions.None));

    /// <summary>Adds an explicit provider of a package (<c>pulumi:providers:&lt;package&gt;</c>).</summary>
    public NodeRef Provider(string package, string name, MapValue inputs, string? parent = null) =>
        Add(new ResourceNode($"pulumi:providers:{package}", name, NodeKind.Provider, parent, inputs, ResourceOptions.None));

    /// <summary>
    /// Records that <paramref name="property"/> of a node added before was set from the config
    /// <paramref name="keys"/>, so a finding on it can name the setting to change.
    /// </summary>
    public void Setting(string resource, string property, params IEnumerable<string> keys)
    {
        if (!names.Contains(resource) || externals.Contains(resource))
        {
            throw new InvalidOperationException($"Setting source for '{resource}', which is no node added before.");
        }

        settings.AddRange(keys.Select(key => new SettingSource(resource, property, key)));
    }

    /// <summary>Freezes the graph.</summary>
    public ResourceGraph Build() => new(Project, Stack, [.. nodes], [.. externals]) { Settings = [.. settings] };

    /// <summary>
    /// Adds a node as it stands (kind and options included), with the same checks as the other
    /// methods: for graphs read back from a plan or a Pulumi preview rather than built by layers.
    /// </summary>
    public NodeRef Add(ResourceNode node)
    {
        if (!names.Add(node.Name))
        {
            throw new InvalidOperationException($"Duplicate resource name '{node.Name}' ({node.Type}).");
        }

        var mustExist = node.Inputs.NodeReferences()
            .Concat(node.Options.DependsOn)
            .Concat(new[] { node.Parent, node.Options.Provider }.OfType<string>());
        var missing = mustExist.FirstOrDefault(n => n == node.Name || !names.Contains(n) || (n == node.Parent && externals.Contains(n)));
        if (missing is not null)
        {
            names.Remove(node.Name);
            throw new InvalidOperationException($"Node '{node.Name}' uses '{missing}', which is not added before it.");
        }

        nodes.Add(node);
        return new NodeRef(node.Name, node.Type);
    }
}
