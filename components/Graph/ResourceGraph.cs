using System.Collections.Immutable;

namespace IrisStack.Components.Graph;

/// <summary>
/// The finished, immutable resource graph of one stack. Nodes are kept in registration order:
/// every parent, provider, dependency and referenced node comes before the nodes that use it,
/// so the Pulumi adapter registers them in this order as they stand.
/// </summary>
public sealed class ResourceGraph
{
    private readonly ImmutableDictionary<string, ResourceNode> byName;

    internal ResourceGraph(string project, string stack, ImmutableArray<ResourceNode> nodes, ImmutableArray<string> externalResources = default)
    {
        Project = project;
        Stack = stack;
        Nodes = nodes;
        ExternalResources = externalResources.IsDefault ? [] : externalResources;
        byName = nodes.ToImmutableDictionary(n => n.Name, StringComparer.Ordinal);
    }

    /// <summary>The Pulumi project name.</summary>
    public string Project { get; }

    /// <summary>The Pulumi stack name.</summary>
    public string Stack { get; }

    /// <summary>
    /// Resources outside the graph that nodes name in their <c>provider</c> or <c>dependsOn</c>
    /// options (<see cref="GraphBuilder.External"/>), in ordinal order; empty for a whole stack.
    /// </summary>
    public ImmutableArray<string> ExternalResources { get; }

    /// <summary>Whether the name is one of <see cref="ExternalResources"/>.</summary>
    public bool IsExternal(string name) => ExternalResources.Contains(name, StringComparer.Ordinal);

    /// <summary>Which inputs were set from which config keys (<see cref="GraphBuilder.Setting"/>); empty for a graph read from a Pulumi preview.</summary>
    public ImmutableArray<SettingSource> Settings { get; init; } = [];

    /// <summary>
    /// The keys that set <paramref name="property"/> of <paramref name="resource"/> or a property
    /// it lies under (<c>ingress</c> for <c>ingress[0].cidrBlocks</c>), in the order recorded.
    /// </summary>
    public IEnumerable<string> SettingsOf(string resource, string property) =>
        Settings.Where(s => s.Resource == resource && (property == s.Property || (property.StartsWith(s.Property, StringComparison.Ordinal) && property[s.Property.Length] is '.' or '[')))
            .Select(s => s.Key)
            .Distinct(StringComparer.Ordinal);

    /// <summary>The nodes in registration order.</summary>
    public ImmutableArray<ResourceNode> Nodes { get; }

    /// <summary>The node of that logical name.</summary>
    public ResourceNode this[string name] =>
        byName.TryGetValue(name, out var node) ? node : throw new KeyNotFoundException($"No node named '{name}' in the graph.");

    /// <summary>The node of that name, or null.</summary>
    public ResourceNode? Find(string name) => byName.GetValueOrDefault(name);

    /// <summary>Nodes of one type token, in order.</summary>
    public IEnumerable<ResourceNode> OfType(string type) => Nodes.Where(n => n.Type == type);

    /// <summary>Direct children of a node, in order.</summary>
    public IEnumerable<ResourceNode> ChildrenOf(string name) => Nodes.Where(n => n.Parent == name);

    /// <summary>The Pulumi URN of a node.</summary>
    public string UrnOf(ResourceNode node) => Urn.Create(Stack, Project, AncestorTypes(node), node.Type, node.Name);

    /// <summary>The URN of the node of that name.</summary>
    public string UrnOf(string name) => UrnOf(this[name]);

    private Stack<string> AncestorTypes(ResourceNode node)
    {
        var chain = new Stack<string>();
        for (var parent = node.Parent; parent is not null; parent = this[parent].Parent)
        {
            chain.Push(this[parent].Type);
        }

        return chain;
    }
}
