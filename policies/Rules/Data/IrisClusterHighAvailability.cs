using System.Collections.Immutable;
using IrisStack.Components.Graph;

namespace IrisStack.Policies.Rules.Data;

/// <summary>
/// On a stack that says it is HA the data tier is mirrored; a mirrored tier has an arbiter, its
/// members prefer two distinct zones and the arbiter a third. A stack says it is HA when it protects
/// its stateful resources (<c>iris-stack:protectStatefulResources</c>: true by default and in prod,
/// false on throw-away stacks such as dev).
/// </summary>
public sealed class IrisClusterHighAvailability : ResourcePolicy
{
    /// <inheritdoc />
    public override string Id => "iris-cluster-ha-mirrored";

    /// <inheritdoc />
    public override string Description => "On stacks that protect stateful resources the IrisCluster's data tier is mirrored; any mirrored data tier has an arbiter, its two members prefer two distinct zones, and the arbiter prefers a zone outside them.";

    /// <inheritdoc />
    public override string Rationale => "A single data node loses service with its zone; a mirror pair in one zone, or an arbiter beside a member, cannot fail over automatically when that zone goes, because the surviving member cannot tell a dead primary from a partition without the arbiter's vote.";

    /// <inheritdoc />
    public override string Layer => "data";

    // No rule set reads IrisCluster topology (policy-anchors G7).
    /// <inheritdoc />
    public override ImmutableArray<string> PeerIds => [];

    /// <inheritdoc />
    public override ImmutableHashSet<string> ResourceTypes => [IrisClusterResources.Type];

    /// <inheritdoc />
    protected override IEnumerable<Finding> Check(ResourceNode node, PolicyContext context)
    {
        if (!IrisClusterResources.Mirrored(node))
        {
            if (context.RequireProtection)
            {
                yield return Violation(node, "spec.topology.data.mirrored", "The data tier is a single node, but this stack protects its stateful resources (an HA stack).",
                    "Set iris-stack:data.cluster.mirrored: true (two members and an arbiter, three zones), or iris-stack:protectStatefulResources: false for a throw-away stack.");
            }

            yield break;
        }

        var dataZones = node.Input("spec.topology.data") is MapValue data ? IrisClusterResources.PreferredZones(data) : [];
        if (dataZones.Distinct(StringComparer.Ordinal).Count() < 2)
        {
            yield return Violation(node, "spec.topology.data.preferredZones", $"The mirror members prefer {dataZones.Length switch { 0 => "no zone", _ => "only " + string.Join(", ", dataZones.Distinct(StringComparer.Ordinal)) }}, so one zone can take both.",
                "Set iris-stack:data.cluster.dataZones to two of the network's zones.");
        }

        if (node.Input("spec.topology.arbiter") is not MapValue arbiter)
        {
            yield return Violation(node, "spec.topology.arbiter", "The mirrored data tier has no arbiter, so a failover needs a person.", "Keep the arbiter the data layer adds to a mirrored cluster (iris-stack:data.cluster.arbiterZone names its zone).");
            yield break;
        }

        var arbiterZones = IrisClusterResources.PreferredZones(arbiter);
        if (arbiterZones.IsEmpty || arbiterZones.Any(dataZones.Contains))
        {
            yield return Violation(node, "spec.topology.arbiter.preferredZones",
                arbiterZones.IsEmpty ? "The arbiter prefers no zone, so it may land beside a mirror member." : $"The arbiter prefers {string.Join(", ", arbiterZones)}, a zone of the mirror members.",
                "Set iris-stack:data.cluster.arbiterZone to a third zone, apart from dataZones.");
        }
    }
}
