using System.Collections.Immutable;
using IrisStack.Components.Data.Cluster;
using IrisStack.Components.Graph;
using IrisStack.Components.Kubernetes;

namespace IrisStack.Policies.Rules.Data;

/// <summary>Readers shared by the IrisCluster policies: the custom resource's token and its topology's node types.</summary>
public static class IrisClusterResources
{
    /// <summary>The IrisCluster's type token.</summary>
    public static readonly string Type = KubernetesObjects.TypeToken(IrisClusterManifest.ApiVersion, IrisClusterManifest.Kind);

    /// <summary>The node types of <c>spec.topology</c> that run IRIS or the arbiter, in this order.</summary>
    public static readonly ImmutableArray<string> NodeTypes = ["data", "compute", "arbiter"];

    /// <summary>The node types the IrisCluster defines, each with its definition.</summary>
    public static IEnumerable<(string Type, MapValue Definition)> Nodes(ResourceNode node) =>
        NodeTypes.Select(t => (t, node.Input($"spec.topology.{t}") as MapValue)).Where(n => n.Item2 is not null).Select(n => (n.t, n.Item2!));

    /// <summary>The zones a node definition prefers, as written.</summary>
    public static ImmutableArray<string> PreferredZones(MapValue definition) =>
        definition["preferredZones"] is ListValue zones ? [.. zones.Items.OfType<StringValue>().Select(z => z.Value)] : [];

    /// <summary>Whether the data tier is mirrored (<c>spec.topology.data.mirrored: true</c>).</summary>
    public static bool Mirrored(ResourceNode node) => node.Input("spec.topology.data.mirrored") is BoolValue { Value: true };
}
