using System.Collections.Immutable;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace IrisStack.Policies.Rules.ApiGateway;

/// <summary>
/// A DB-less declarative config (kong.yml) read for policies: its services, routes (nested under a
/// service or top-level) and plugins with their scope (nested under a route, service or consumer,
/// or naming them), and which plugin instance Kong runs for a route: of the enabled instances of a
/// name without a consumer, the route's own, else its service's, else the global one.
/// </summary>
/// <param name="Root">The document's top-level mapping.</param>
/// <param name="Services">The services.</param>
/// <param name="Routes">The routes.</param>
/// <param name="Plugins">Every plugin, wherever it sits.</param>
public sealed record KongYml(YamlMappingNode Root, ImmutableArray<KongEntity> Services, ImmutableArray<KongRoute> Routes, ImmutableArray<KongPlugin> Plugins)
{
    /// <summary>Parses kong.yml; null when it is not YAML or not one mapping.</summary>
    public static KongYml? Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        YamlMappingNode root;
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            if (stream.Documents.Count != 1 || stream.Documents[0].RootNode is not YamlMappingNode map)
            {
                return null;
            }

            root = map;
        }
        catch (YamlException)
        {
            return null;
        }

        var services = new List<KongEntity>();
        var routes = new List<KongRoute>();
        var plugins = new List<KongPlugin>();
        foreach (var (service, path) in Items(root, "services", string.Empty))
        {
            var entity = new KongEntity(path, service);
            services.Add(entity);
            var reference = entity.Name ?? entity.Id ?? path;
            foreach (var (route, routePath) in Items(service, "routes", path + "."))
            {
                AddRoute(new KongRoute(routePath, route, reference), routes, plugins);
            }

            plugins.AddRange(Items(service, "plugins", path + ".").Select(p => Plugin(p.Node, p.Path, null, reference, null)));
        }

        foreach (var (route, path) in Items(root, "routes", string.Empty))
        {
            AddRoute(new KongRoute(path, route, Reference(route, "service")), routes, plugins);
        }

        foreach (var (consumer, path) in Items(root, "consumers", string.Empty))
        {
            var reference = Text(consumer, "username") ?? Text(consumer, "id") ?? path;
            plugins.AddRange(Items(consumer, "plugins", path + ".").Select(p => Plugin(p.Node, p.Path, null, null, reference)));
        }

        plugins.AddRange(Items(root, "plugins", string.Empty).Select(p => Plugin(p.Node, p.Path, null, null, null)));
        return new KongYml(root, [.. services], [.. routes], [.. plugins]);
    }

    /// <summary>The ids of the <c>ca_certificates</c> entities that carry a certificate.</summary>
    public ImmutableHashSet<string> CaCertificateIds =>
        [.. Items(Root, "ca_certificates", string.Empty).Where(c => Text(c.Node, "cert") is { Length: > 0 }).Select(c => Text(c.Node, "id")).OfType<string>()];

    /// <summary>The enabled instances of a plugin, wherever they sit.</summary>
    public IEnumerable<KongPlugin> Enabled(string name) => Plugins.Where(p => p.Name == name && p.Enabled);

    /// <summary>
    /// The instance of one of <paramref name="names"/> that Kong runs for every consumer on
    /// <paramref name="route"/>: the route's own, else its service's, else a global one; null when none.
    /// Consumer-scoped instances apply to one consumer only and are left out.
    /// </summary>
    public KongPlugin? Effective(KongRoute route, params IReadOnlyCollection<string> names)
    {
        ArgumentNullException.ThrowIfNull(route);
        var candidates = Plugins.Where(p => names.Contains(p.Name ?? string.Empty) && p.Enabled && p.Consumer is null).ToList();
        var service = Services.FirstOrDefault(s => s.IsNamedBy(route.Service));
        bool ServiceMatches(KongPlugin p) => p.Service is null || (service?.IsNamedBy(p.Service) ?? p.Service == route.Service);
        return candidates.FirstOrDefault(p => route.IsNamedBy(p.Route) && ServiceMatches(p))
            ?? candidates.FirstOrDefault(p => p.Route is null && p.Service is not null && ServiceMatches(p))
            ?? candidates.FirstOrDefault(p => p.IsGlobal);
    }

    private static void AddRoute(KongRoute route, List<KongRoute> routes, List<KongPlugin> plugins)
    {
        routes.Add(route);
        plugins.AddRange(Items(route.Node, "plugins", route.Path + ".").Select(p => Plugin(p.Node, p.Path, route.Name ?? route.Id ?? route.Path, route.Service, null)));
    }

    // A nested plugin takes its owner's scope; one that names a route, service or consumer itself adds it.
    private static KongPlugin Plugin(YamlMappingNode node, string path, string? route, string? service, string? consumer) =>
        new(path, node, route ?? Reference(node, "route"), service ?? Reference(node, "service"), consumer ?? Reference(node, "consumer"));

    // A foreign key is a name or id, or a map holding one.
    private static string? Reference(YamlMappingNode node, string key) => KongEntity.Child(node, key) switch
    {
        YamlScalarNode { Value: { Length: > 0 } value } => value,
        YamlMappingNode map => Text(map, "id") ?? Text(map, "name") ?? Text(map, "username"),
        _ => null,
    };

    private static string? Text(YamlMappingNode node, string key) => (KongEntity.Child(node, key) as YamlScalarNode)?.Value;

    private static IEnumerable<(YamlMappingNode Node, string Path)> Items(YamlMappingNode node, string key, string prefix) =>
        KongEntity.Child(node, key) is YamlSequenceNode list
            ? list.Children.Select((n, i) => (n as YamlMappingNode ?? new YamlMappingNode(), $"{prefix}{key}[{i}]"))
            : [];
}
