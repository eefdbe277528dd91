using System.Text.RegularExpressions;
using IrisStack.Components.Config;

namespace IrisStack.Components.ApiGateway.Redis;

/// <summary>
/// The ElastiCache (Redis OSS) replication group behind Kong's rate limits, from the keys of
/// <c>apiGateway.redis</c>. Secure by default: two nodes in two zones with automatic failover;
/// a single node must be asked for (<c>numCacheClusters: 1</c>, <c>multiAz: false</c>).
/// </summary>
/// <param name="NodeType">The cache node type.</param>
/// <param name="NumCacheClusters">Nodes: one primary plus read replicas; automatic failover with two or more.</param>
/// <param name="MultiAz">Whether the replicas sit in other zones than the primary (needs two or more nodes).</param>
/// <param name="SnapshotRetentionDays">Days ElastiCache keeps daily snapshots (0 = none).</param>
/// <param name="EngineVersion">The Redis OSS version, pinned to major.minor of the 7 line.</param>
/// <param name="LogRetentionDays">Days CloudWatch keeps the slow and engine logs.</param>
public sealed partial record ElastiCacheSettings(string NodeType, int NumCacheClusters, bool MultiAz, int SnapshotRetentionDays, string EngineVersion, int LogRetentionDays)
{
    /// <summary>The parameter group family of <see cref="EngineVersion"/>: only the 7 line is admitted.</summary>
    public const string ParameterGroupFamily = "redis7";

    /// <summary>ElastiCache's default parameter group of that family (cluster mode off).</summary>
    public const string ParameterGroupName = "default." + ParameterGroupFamily;

    /// <summary>Automatic failover needs a replica to fail over to.</summary>
    public bool AutomaticFailover => NumCacheClusters > 1;

    /// <summary>Reads the replication group's keys of <paramref name="redis"/>; the caller rejects unknown keys.</summary>
    public static ElastiCacheSettings Read(ConfigSection redis)
    {
        ArgumentNullException.ThrowIfNull(redis);
        var nodeType = redis.String("nodeType", "cache.t4g.small", "ElastiCache node type",
            t => NodeTypePattern().IsMatch(t) ? null : $"'{t}' is not an ElastiCache node type (cache.<family>.<size>, e.g. cache.t4g.small).");
        var nodes = redis.Int("numCacheClusters", 2, "Redis nodes: a primary plus replicas; two or more fail over automatically", 1, 6);
        var multiAz = redis.Bool("multiAz", true, "Put the replicas in other zones than the primary (needs numCacheClusters of 2 or more)");
        if (multiAz && nodes < 2)
        {
            redis.Error("multiAz", "is true with a single node, which has no replica in another zone.", "set numCacheClusters to 2 or more, or multiAz to false (dev only).");
        }

        var snapshots = redis.Int("snapshotRetentionDays", 7, "Days ElastiCache keeps daily snapshots (0 = none)", 0, 35);
        var version = redis.String("engineVersion", "7.1", "Redis OSS engine version, pinned (7.x: the default.redis7 parameter group)",
            v => EngineVersionPattern().IsMatch(v) ? null : $"'{v}' is not a pinned Redis OSS 7 version such as 7.1.");
        var logRetention = CloudWatchRetention.Read(redis, "logRetentionDays", 365, "Days CloudWatch keeps the Redis slow and engine logs");
        return new ElastiCacheSettings(nodeType, nodes, multiAz, snapshots, version, logRetention);
    }

    [GeneratedRegex("^cache\\.[a-z0-9]+\\.[a-z0-9]+$")]
    private static partial Regex NodeTypePattern();

    [GeneratedRegex("^7\\.[0-9]+$")]
    private static partial Regex EngineVersionPattern();
}
