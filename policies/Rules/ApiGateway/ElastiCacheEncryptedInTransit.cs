using System.Collections.Immutable;
using IrisStack.Components.Graph;

namespace IrisStack.Policies.Rules.ApiGateway;

/// <summary>Every ElastiCache replication group encrypts in transit and requires it.</summary>
public sealed class ElastiCacheEncryptedInTransit : ResourcePolicy
{
    /// <inheritdoc />
    public override string Id => "elasticache-encrypted-in-transit";

    /// <inheritdoc />
    public override string Description => "Every ElastiCache replication group sets transitEncryptionEnabled: true, and transitEncryptionMode, when set, is required (not preferred).";

    /// <inheritdoc />
    public override string Rationale => "Kong sends the Redis AUTH token and the rate-limit counters to Redis; without TLS they cross the VPC in clear, and the preferred mode still accepts plain-text clients.";

    /// <inheritdoc />
    public override string Layer => "apigateway";

    /// <inheritdoc />
    public override ImmutableArray<string> PeerIds => ["CKV_AWS_30", "AwsSolutions-AEC3"];

    /// <inheritdoc />
    public override ImmutableDictionary<string, string> PartialPeers => ImmutableDictionary<string, string>.Empty
        .Add("AwsSolutions-AEC3", "also requires encryption at rest, which elasticache-encrypted-at-rest-cmk checks");

    /// <inheritdoc />
    public override ImmutableHashSet<string> ResourceTypes => [ApiGatewayResources.ReplicationGroupType];

    /// <inheritdoc />
    protected override IEnumerable<Finding> Check(ResourceNode node, PolicyContext context)
    {
        if (!ElastiCacheInputs.IsTrue(node, "transitEncryptionEnabled"))
        {
            yield return Violation(node, "transitEncryptionEnabled", "The replication group does not encrypt in transit, so clients talk to Redis in clear.",
                "Set transitEncryptionEnabled: true (with engine version 7.0.5 or later it can be turned on in place, through transitEncryptionMode preferred, then required).");
        }
        else if (ElastiCacheInputs.Text(node, "transitEncryptionMode") is { } mode && mode != "required")
        {
            yield return Violation(node, "transitEncryptionMode", $"transitEncryptionMode is '{mode}', so Redis still accepts clients without TLS.",
                "Set transitEncryptionMode: required, or leave it unset (a new group with transit encryption requires TLS).");
        }
    }
}
