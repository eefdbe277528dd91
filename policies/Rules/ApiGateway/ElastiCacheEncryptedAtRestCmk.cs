using System.Collections.Immutable;
using IrisStack.Components.Graph;

namespace IrisStack.Policies.Rules.ApiGateway;

/// <summary>Every ElastiCache replication group encrypts at rest with a customer-managed KMS key.</summary>
public sealed class ElastiCacheEncryptedAtRestCmk : ResourcePolicy
{
    /// <inheritdoc />
    public override string Id => "elasticache-encrypted-at-rest-cmk";

    /// <inheritdoc />
    public override string Description => "Every ElastiCache replication group sets atRestEncryptionEnabled: true and a kmsKeyId (a customer-managed key).";

    /// <inheritdoc />
    public override string Rationale => "Snapshots and swapped pages hold the counters and keys Kong stores; with the service-owned key nobody can audit or revoke who decrypts them, with a customer-managed key KMS logs and key policy decide.";

    /// <inheritdoc />
    public override string Layer => "apigateway";

    /// <inheritdoc />
    public override ImmutableArray<string> PeerIds => ["CKV_AWS_29", "CKV_AWS_191", "AwsSolutions-AEC3"];

    /// <inheritdoc />
    public override ImmutableDictionary<string, string> PartialPeers => ImmutableDictionary<string, string>.Empty
        .Add("AwsSolutions-AEC3", "also requires encryption in transit, which elasticache-encrypted-in-transit checks");

    /// <inheritdoc />
    public override ImmutableHashSet<string> ResourceTypes => [ApiGatewayResources.ReplicationGroupType];

    /// <inheritdoc />
    protected override IEnumerable<Finding> Check(ResourceNode node, PolicyContext context)
    {
        if (!ElastiCacheInputs.IsTrue(node, "atRestEncryptionEnabled"))
        {
            yield return Violation(node, "atRestEncryptionEnabled", "The replication group does not encrypt at rest (the redis engine's default is off).", "Set atRestEncryptionEnabled: true with kmsKeyId: the stack's customer-managed key.");
        }

        if (!ElastiCacheInputs.IsSet(node, "kmsKeyId"))
        {
            yield return Violation(node, "kmsKeyId", "The replication group names no kmsKeyId, so at-rest encryption (if any) uses the AWS-owned key.", "Set kmsKeyId to the ARN of the stack's customer-managed key.");
        }
    }
}
