using YamlDotNet.RepresentationModel;

namespace IrisStack.Policies.Rules.ApiGateway;

/// <summary>A route of the declarative config and the service it forwards to (name or id; null when it names none).</summary>
/// <param name="Path">Where it sits in kong.yml.</param>
/// <param name="Node">Its mapping.</param>
/// <param name="Service">Its service's name or id, or null.</param>
public sealed record KongRoute(string Path, YamlMappingNode Node, string? Service) : KongEntity(Path, Node)
{
    /// <summary>How findings name it: its name (or path) and its paths.</summary>
    public string Describe() => $"route '{Label}' ({string.Join(", ", List("paths"))})";
}
