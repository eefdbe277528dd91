using YamlDotNet.RepresentationModel;

namespace IrisStack.Policies.Rules.ApiGateway;

/// <summary>
/// A plugin of the declarative config with its scope: the route, service and consumer it is
/// nested under or names (null for none); a plugin with none of the three is global.
/// </summary>
/// <param name="Path">Where it sits in kong.yml.</param>
/// <param name="Node">Its mapping.</param>
/// <param name="Route">The route it applies to (name or id), or null.</param>
/// <param name="Service">The service it applies to (name or id), or null.</param>
/// <param name="Consumer">The consumer it applies to (name or id), or null.</param>
public sealed record KongPlugin(string Path, YamlMappingNode Node, string? Route, string? Service, string? Consumer) : KongEntity(Path, Node)
{
    /// <summary>Whether the plugin is on (<c>enabled</c> defaults to true).</summary>
    public bool Enabled => Text("enabled") != "false";

    /// <summary>Whether it applies to every route and consumer.</summary>
    public bool IsGlobal => Route is null && Service is null && Consumer is null;

    /// <summary>A setting of its <c>config</c> at a dotted path, or null.</summary>
    public string? Config(string path) => Text("config." + path);

    /// <summary>How findings name it: its name and where it sits.</summary>
    public string Describe() => $"{Name} at {Path}";
}
