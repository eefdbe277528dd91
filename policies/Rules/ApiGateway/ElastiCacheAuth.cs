using System.Collections.Immutable;
using IrisStack.Components.Graph;

namespace IrisStack.Policies.Rules.ApiGateway;

/// <summary>Every ElastiCache replication group authenticates its clients: an AUTH token or RBAC user groups.</summary>
public sealed class ElastiCacheAuth : ResourcePolicy
{
    /// <inheritdoc />
    public override string Id => "elasticache-auth";

    /// <inheritdoc />
    public override string Description => "Every ElastiCache replication group sets an authToken (or authTokenWo) or userGroupIds.";

    /// <inheritdoc />
    public override string Rationale => "Without AUTH any pod or host that reaches port 6379 can read and reset the rate-limit counters, or flush them to lift every limit.";

    /// <inheritdoc />
    public override string Layer => "apigateway";

    /// <inheritdoc />
    public override ImmutableArray<string> PeerIds => ["CKV_AWS_31", "AwsSolutions-AEC6"];

    /// <inheritdoc />
    public override ImmutableDictionary<string, string> PartialPeers => ImmutableDictionary<string, string>.Empty
        .Add("CKV_AWS_31", "requires an auth_token with transit encryption; RBAC user groups pass here, and transit encryption is elasticache-encrypted-in-transit's")
        .Add("AwsSolutions-AEC6", "requires an authToken; RBAC user groups pass here");

    /// <inheritdoc />
    public override ImmutableHashSet<string> ResourceTypes => [ApiGatewayResources.ReplicationGroupType];

    /// <inheritdoc />
    protected override IEnumerable<Finding> Check(ResourceNode node, PolicyContext context)
    {
        if (!ElastiCacheInputs.IsSet(node, "authToken") && !ElastiCacheInputs.IsSet(node, "authTokenWo") && !ElastiCacheInputs.IsSet(node, "userGroupIds"))
        {
            yield return Violation(node, "authToken", "The replication group has no authToken and no userGroupIds, so any client that reaches it is admitted.",
                "Set authToken from a Pulumi secret (it needs transitEncryptionEnabled: true), or userGroupIds naming an RBAC user group.");
        }
    }
}
