using System.Collections.Immutable;
using IrisStack.Components.Graph;

namespace IrisStack.Policies.Rules.ApiGateway;

/// <summary>
/// On a stack that says it is HA, every ElastiCache replication group fails over automatically
/// across zones. A stack says it is HA when it protects its stateful resources
/// (<c>iris-stack:protectStatefulResources</c>: true by default and in prod, false on throw-away
/// stacks such as dev, whose single-node Redis is then fine).
/// </summary>
public sealed class ElastiCacheMultiAz : ResourcePolicy
{
    private const string HaOnly = "requires Multi-AZ on every stack; this policy only where the stack protects stateful resources";

    /// <inheritdoc />
    public override string Id => "elasticache-multi-az";

    /// <inheritdoc />
    public override string Description => "On stacks that protect stateful resources every ElastiCache replication group sets automaticFailoverEnabled: true and multiAzEnabled: true, with at least two cache clusters.";

    /// <inheritdoc />
    public override string Rationale => "A single Redis node, or replicas in one zone, lose the counters with the node or the zone; Kong then falls back to per-pod counters and the rate limits multiply by the replica count until someone repairs Redis.";

    /// <inheritdoc />
    public override string Layer => "apigateway";

    /// <inheritdoc />
    public override ImmutableArray<string> PeerIds => ["CKV2_AWS_50", "AwsSolutions-AEC4"];

    /// <inheritdoc />
    public override ImmutableDictionary<string, string> PartialPeers => PeerIds.ToImmutableDictionary(p => p, _ => HaOnly);

    /// <inheritdoc />
    public override ImmutableHashSet<string> ResourceTypes => [ApiGatewayResources.ReplicationGroupType];

    /// <inheritdoc />
    protected override IEnumerable<Finding> Check(ResourceNode node, PolicyContext context)
    {
        if (!context.RequireProtection)
        {
            yield break;
        }

        const string Fix = "Give the replication group two or more cache clusters in distinct zones with automaticFailoverEnabled: true and multiAzEnabled: true, or set iris-stack:protectStatefulResources: false for a throw-away stack.";
        if (!ElastiCacheInputs.IsTrue(node, "automaticFailoverEnabled"))
        {
            yield return Violation(node, "automaticFailoverEnabled", "The replication group does not fail over automatically, but this stack protects its stateful resources (an HA stack).", Fix);
        }

        if (!ElastiCacheInputs.IsTrue(node, "multiAzEnabled"))
        {
            yield return Violation(node, "multiAzEnabled", "The replication group is not Multi-AZ, but this stack protects its stateful resources (an HA stack).", Fix);
        }

        // Automatic failover needs a replica: numCacheClusters (default 1), or replicas per shard.
        if (node.Input("numCacheClusters") is NumberValue { Value: < 2 } or null && node.Input("replicasPerNodeGroup") is not NumberValue { Value: >= 1 })
        {
            yield return Violation(node, "numCacheClusters", $"The replication group has {(node.Input("numCacheClusters") is NumberValue n ? n.ToString() : "the default 1")} cache cluster and no replicas, so there is nothing to fail over to.", Fix);
        }
    }
}
