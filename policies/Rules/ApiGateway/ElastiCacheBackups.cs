using System.Collections.Immutable;
using IrisStack.Components.Graph;

namespace IrisStack.Policies.Rules.ApiGateway;

/// <summary>Every ElastiCache replication group keeps automatic snapshots.</summary>
public sealed class ElastiCacheBackups : ResourcePolicy
{
    /// <inheritdoc />
    public override string Id => "elasticache-backups";

    /// <inheritdoc />
    public override string Description => "Every ElastiCache replication group sets snapshotRetentionLimit to 1 day or more.";

    /// <inheritdoc />
    public override string Rationale => "Without snapshots (ElastiCache's default retention is 0, no backups) a failed or flushed Redis comes back empty, and an incident leaves no record of its state to examine.";

    /// <inheritdoc />
    public override string Layer => "apigateway";

    /// <inheritdoc />
    public override ImmutableArray<string> PeerIds => ["ElastiCacheRedisClusterAutomaticBackup"];

    /// <inheritdoc />
    public override ImmutableDictionary<string, string> PartialPeers => ImmutableDictionary<string, string>.Empty
        .Add("ElastiCacheRedisClusterAutomaticBackup", "requires 15 days of retention or more; this policy 1 or more");

    /// <inheritdoc />
    public override ImmutableHashSet<string> ResourceTypes => [ApiGatewayResources.ReplicationGroupType];

    /// <inheritdoc />
    protected override IEnumerable<Finding> Check(ResourceNode node, PolicyContext context)
    {
        if (node.Input("snapshotRetentionLimit") is not NumberValue { Value: >= 1 })
        {
            yield return Violation(node, "snapshotRetentionLimit", $"snapshotRetentionLimit is {ElastiCacheInputs.Text(node, "snapshotRetentionLimit") ?? (node.Input("snapshotRetentionLimit") as NumberValue)?.ToString() ?? "unset (0)"}, so no automatic snapshots are kept.",
                "Set snapshotRetentionLimit to the days of snapshots to keep (1 or more; not supported on cache.t1.micro).");
        }
    }
}
