using IrisStack.Components.Cluster;
using IrisStack.Components.Graph;
using IrisStack.Components.Kubernetes;
using IrisStack.Policies.Rules.Cluster;

namespace IrisStack.Policies.Rules.Stack;

/// <summary>
/// The stack's pods as groups of namespace and tier (<c>iris-web-gateway/web-gateway</c>): read
/// from the workloads' labels, the Services' and NetworkPolicies' selectors and the IrisClusters
/// (whose pods IKO labels), so that a selector of all pods of a namespace stands for every group in it.
/// </summary>
internal sealed class PodPoints
{
    private const string NamespaceLabel = "kubernetes.io/metadata.name";
    private readonly ResourceGraph graph;
    private readonly Dictionary<string, HashSet<PathPoint>> byNamespace = new(StringComparer.Ordinal);

    public PodPoints(ResourceGraph graph)
    {
        this.graph = graph;
        foreach (var node in graph.Nodes.Where(KubernetesObjects.IsObject))
        {
            var ns = Namespace(node);
            if (ns is null)
            {
                continue;
            }

            var labels = (ClusterTypes.Text(node, "kind")) switch
            {
                "Deployment" or "StatefulSet" or "DaemonSet" => [node.Input("spec.template.metadata.labels") as MapValue],
                "Service" => [node.Input("spec.selector") as MapValue],
                "NetworkPolicy" => [(node.Input("spec.podSelector") as MapValue)?["matchLabels"] as MapValue],
                "IrisCluster" => new[] { Tier.IrisData, Tier.IrisCompute, Tier.Arbiter }.Select(t => (MapValue?)MapValue.Strings(TierLabels.Selector(t))).ToArray(),
                _ => Array.Empty<MapValue?>(),
            };
            foreach (var selector in labels.OfType<MapValue>().Where(l => l.Entries.Count > 0))
            {
                Known(ns).Add(Point(ns, selector));
            }
        }
    }

    /// <summary>Every pod group.</summary>
    public IEnumerable<PathPoint> All => byNamespace.Values.SelectMany(p => p).Distinct();

    /// <summary>The groups a pod selector of an object in <paramref name="owner"/>'s namespace picks (a NetworkPolicy's <c>{matchLabels}</c> or a Service's plain map).</summary>
    public IEnumerable<PathPoint> Selected(ResourceNode owner, MapValue? selector) =>
        Namespace(owner) is { } ns ? Selected(ns, selector?["matchLabels"] as MapValue ?? (selector?.Entries.ContainsKey("matchLabels") == true ? null : selector)) : [];

    /// <summary>The groups behind the Service <paramref name="name"/> in <paramref name="owner"/>'s namespace.</summary>
    public IEnumerable<PathPoint> OfService(ResourceNode owner, string? name)
    {
        var ns = Namespace(owner);
        var service = graph.Nodes.FirstOrDefault(n => ClusterTypes.Text(n, "kind") == "Service" && ClusterTypes.Text(n, "metadata.name") == name && Namespace(n) == ns);
        return service is null || ns is null ? [] : Selected(ns, service.Input("spec.selector") as MapValue);
    }

    /// <summary>The sources one NetworkPolicy peer admits: pods of namespaces, or address blocks (the world is the internet).</summary>
    public IEnumerable<PathPoint> Peer(ResourceNode policy, MapValue? peer)
    {
        if (peer?["ipBlock"] is MapValue block)
        {
            var cidr = (block["cidr"] as StringValue)?.Value ?? "?";
            return [ClusterTypes.IsOpenToWorld(cidr) ? PathPoint.Internet : new PathPoint(PathStage.Other, $"addresses {cidr}")];
        }

        var pods = (peer?["podSelector"] as MapValue)?["matchLabels"] as MapValue;
        if (peer?["namespaceSelector"] is not MapValue namespaces)
        {
            return Namespace(policy) is { } own ? Selected(own, pods) : [];
        }

        var names = (namespaces["matchLabels"] as MapValue)?.Entries.Count > 0
            ? [((namespaces["matchLabels"] as MapValue)?[NamespaceLabel] as StringValue)?.Value ?? "?"]
            : byNamespace.Keys.ToArray();
        return names.SelectMany(ns => Selected(ns, pods));
    }

    private HashSet<PathPoint> Selected(string ns, MapValue? matchLabels) =>
        matchLabels is null || matchLabels.Entries.Count == 0
            ? Known(ns).Count > 0 ? Known(ns) : [new PathPoint(PathStage.Other, $"{ns}/*")]
            : [Point(ns, matchLabels)];

    private HashSet<PathPoint> Known(string ns) => byNamespace.TryGetValue(ns, out var set) ? set : byNamespace[ns] = [];

    private static PathPoint Point(string ns, MapValue labels)
    {
        string? Label(string key) => (labels[key] as StringValue)?.Value;
        var tier = Label(TierLabels.Key) ?? (Label(TierLabels.IkoComponentKey) switch
        {
            TierLabels.IkoData => TierLabels.Value(Tier.IrisData),
            TierLabels.IkoCompute => TierLabels.Value(Tier.IrisCompute),
            TierLabels.IkoArbiter => TierLabels.Value(Tier.Arbiter),
            _ => null,
        });
        var stage = tier switch
        {
            _ when tier == TierLabels.Value(Tier.ApiGateway) => PathStage.ApiGateway,
            _ when tier == TierLabels.Value(Tier.WebGateway) => PathStage.WebGateway,
            _ when tier == TierLabels.Value(Tier.IrisData) || tier == TierLabels.Value(Tier.IrisCompute) || tier == TierLabels.Value(Tier.Arbiter) => PathStage.Iris,
            _ => PathStage.Other,
        };
        var name = tier ?? string.Join(",", labels.Entries.Select(e => $"{e.Key}={(e.Value as StringValue)?.Value}"));
        return new PathPoint(stage, $"{ns}/{name}");
    }

    private string? Namespace(ResourceNode node) => ClusterTypes.NamespaceName(graph, node.Input("metadata.namespace"));
}
