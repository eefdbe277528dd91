using System.Collections.Immutable;
using YamlDotNet.RepresentationModel;

namespace IrisStack.Policies.Rules.ApiGateway;

/// <summary>
/// One entity of a declarative config (a service, route or plugin) as its YAML mapping, with the
/// path it sits at (<c>services[0].routes[2]</c>) for findings and typed reads of its fields.
/// </summary>
/// <param name="Path">Where the entity sits in kong.yml.</param>
/// <param name="Node">The entity's mapping.</param>
public record KongEntity(string Path, YamlMappingNode Node)
{
    /// <summary>The entity's <c>name</c>, or null.</summary>
    public string? Name => Text("name");

    /// <summary>The entity's <c>id</c>, or null.</summary>
    public string? Id => Text("id");

    /// <summary>The entity's name, else its id, else its path: how findings call it.</summary>
    public string Label => Name ?? Id ?? Path;

    /// <summary>The <c>tags</c>.</summary>
    public ImmutableArray<string> Tags => List("tags");

    /// <summary>The scalar at a dotted path below the entity (<c>config.redis.ssl</c>), or null when it is absent or not a scalar.</summary>
    public string? Text(string path) => (Child(Node, path) as YamlScalarNode)?.Value;

    /// <summary>The mapping at a dotted path, or null.</summary>
    public YamlMappingNode? Map(string path) => Child(Node, path) as YamlMappingNode;

    /// <summary>The scalars of the list at a dotted path (empty when absent).</summary>
    public ImmutableArray<string> List(string path) =>
        Child(Node, path) is YamlSequenceNode list ? [.. list.Children.OfType<YamlScalarNode>().Select(s => s.Value ?? string.Empty)] : [];

    /// <summary>Whether anything is set at a dotted path.</summary>
    public bool Has(string path) => Child(Node, path) is not null;

    /// <summary>The node at a dotted path below <paramref name="node"/>, or null.</summary>
    public static YamlNode? Child(YamlNode node, string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        YamlNode? current = node;
        foreach (var key in path.Split('.'))
        {
            current = current is YamlMappingNode map && map.Children.TryGetValue(new YamlScalarNode(key), out var next) ? next : null;
        }

        return current;
    }

    /// <summary>Whether a reference names this entity: its name or id, or its path for one that has neither.</summary>
    public bool IsNamedBy(string? reference) => reference is not null && (reference == Name || reference == Id || reference == Path);
}
