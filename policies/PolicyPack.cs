using System.Collections.Immutable;
using IrisStack.Components.Config;
using IrisStack.Policies.Rules.ApiGateway;
using IrisStack.Policies.Rules.Backup;
using IrisStack.Policies.Rules.Cluster;
using IrisStack.Policies.Rules.Data;
using IrisStack.Policies.Rules.Edge;
using IrisStack.Policies.Rules.Network;
using IrisStack.Policies.Rules.Stack;
using IrisStack.Policies.Rules.WebGateway;

namespace IrisStack.Policies;

/// <summary>
/// The pack: every policy in a fixed order. The stack's <see cref="PolicySettings"/> then set
/// levels (all, then per policy) and suppressions; both are checked against the pack here so an
/// unknown id or a missing reason fails loading with the key that names it.
/// </summary>
public sealed class PolicyPack
{
    /// <summary>A pack of the given policies; ids must be unique.</summary>
    public PolicyPack(IEnumerable<Policy> policies)
    {
        Policies = [.. policies];
        var duplicate = Policies.GroupBy(p => p.Id).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"Policy id '{duplicate.Key}' is used twice.", nameof(policies));
        }
    }

    /// <summary>The policies, in report order.</summary>
    public ImmutableArray<Policy> Policies { get; }

    /// <summary>IrisStack's pack, every layer's policies.</summary>
    public static PolicyPack Default() => new(
    [
        new VpcFlowLogsEnabled(),
        new DefaultSecurityGroupRestrictsAllTraffic(),
        new KmsKeyRotationEnabled(),
        new KmsKeyPolicyRestricted(),
        new LogGroupEncryptedWithCmk(),
        new LogGroupRetention(),
        new PrivateSubnetNoPublicIp(),
        new PrivateSubnetEgressThroughNat(),
        new EksEndpointPrivate(),
        new EksSecretsEncrypted(),
        new EksControlPlaneLogging(),
        new EksNodesRequireImdsv2(),
        new Ec2Imdsv2Required(),
        new EksNodeVolumesEncrypted(),
        new EbsVolumeEncrypted(),
        new EksNodeGroupNoSsh(),
        new NetworkPolicyEnforced(),
        new NamespaceDefaultDeny(),
        new NamespacePodSecurity(),
        new NoWorkloadsInDefaultNamespace(),
        new CronJobPodsHardened(),
        new ExecGrantedByName(),
        new StorageClassEncrypted(),
        new DefaultStorageClassEncrypted(),
        new StatefulResourcesProtected(),
        new IrsaTrustScoped(),
        new LoadBalancerControllerSecureDefaults(),
        new LoadBalancerListenerTls12(),
        new WebGatewayUriAllowList(),
        new WebGatewayAdminPathsRestricted(),
        new WebGatewayUriBlockList(),
        new WebGatewayTlsProtocols(),
        new WebGatewayHsts(),
        new WebGatewayNoSensitiveLogging(),
        new WebGatewayBodySizeLimit(),
        new WebGatewaySystemManagerRestricted(),
        new IrisMergeNoDefaultPassword(),
        new IrisAuditEnabled(),
        new IrisUsersRolesOnly(),
        new IrisUnknownUserDisabled(),
        new IrisSuperserverTlsRequired(),
        new IrisClusterNonRoot(),
        new IrisClusterHighAvailability(),
        new IrisClusterTlsMirrorAndEcp(),
        new IrisOperatorChartPinned(),
        new IrisOperatorImageFromIcr(),
        new IrisOperatorNoRootInitContainers(),
        new PullSecretIsSecret(),
        new BackupVaultEncryptedWithCmk(),
        new BackupVaultDeletionGuarded(),
        new S3BucketEncryptedWithKms(),
        new S3BucketVersioningEnabled(),
        new S3BucketPublicAccessBlocked(),
        new S3BucketTlsOnly(),
        new S3BucketAccessLogging(),
        new WafRulesHaveActions(),
        new WafUriAllowList(),
        new WafRateBasedRule(),
        new WafGeoRuleBlocks(),
        new WafBaselineManagedGroups(),
        new WafKnownBadInputs(),
        new WafVisibilityEnabled(),
        new WafLoggingEnabled(),
        new WafLoggingRedactsCredentials(),
        new CloudFrontWafAttached(),
        new CloudFrontViewerHttps(),
        new CloudFrontMinimumTls12(),
        new CloudFrontOriginHttps(),
        new CloudFrontAccessLogging(),
        new CloudFrontHsts(),
        new CloudFrontDistributionEnabled(),
        new CloudFrontS3OriginAccessControl(),

        new LoadBalancerTargetGroupHttps(),
        new LoadBalancerListenerAcmCertificate(),
        new LoadBalancerTargetGroupHealthCheck(),
        new AlbAccessLogs(),
        new AlbDropsInvalidHeaders(),
        new AlbDesyncMitigation(),
        new AlbDeletionProtection(),
        new EdgeCloudFrontOnlyWayIn(),

        new NoBypassPath(),

        new KongRoutesRateLimited(),
        new KongRoutesAuthenticated(),
        new KongAdminApiNotExposed(),
        new KongSessionCookieFlags(),
        new KongTrustedIpsNotWorld(),
        new KongRealClientIp(),
        new KongUpstreamTlsVerified(),
        new KongUpstreamTrustStore(),
        new KongCorsNoWildcardWithCredentials(),
        new KongNoSensitiveLogging(),
        new KongRequestValidatorPatternsValid(),
        new KongProxyTlsOnly(),
        new ElastiCacheEncryptedInTransit(),
        new ElastiCacheEncryptedAtRestCmk(),
        new ElastiCacheAuth(),
        new ElastiCacheMultiAz(),
        new ElastiCacheBackups(),
    ]);

    /// <summary>
    /// The pack's resource policies alone: what a single component can be checked against, since
    /// stack policies look at a whole stack that one component does not see.
    /// </summary>
    public PolicyPack ResourcePolicies() => new(Policies.OfType<ResourcePolicy>());

    /// <summary>The level of each policy on a stack: per-policy level, else the stack's <c>all</c>, else the default.</summary>
    public ImmutableDictionary<string, EnforcementLevel> Levels(PolicySettings settings) =>
        Policies.ToImmutableDictionary(
            p => p.Id,
            p => settings.Levels.TryGetValue(p.Id, out var level) ? level.Level : settings.All ?? p.DefaultLevel);

    /// <summary>Problems with the settings against this pack: unknown policy ids in levels and suppressions.</summary>
    public IReadOnlyList<ConfigError> Validate(PolicySettings settings)
    {
        var ids = Policies.Select(p => p.Id).ToImmutableArray();
        var errors = new List<ConfigError>();
        foreach (var (id, level) in settings.Levels.Where(l => !ids.Contains(l.Key)))
        {
            errors.Add(new ConfigError(level.Key, $"'{id}' is not a policy of this pack.", $"use a policy id from 'irisstack policies'{DidYouMean.Suggest(id, ids)}."));
        }

        foreach (var suppression in settings.Suppressions.Where(s => !ids.Contains(s.Policy)))
        {
            errors.Add(new ConfigError(suppression.Key + ".policy", $"'{suppression.Policy}' is not a policy of this pack.", $"use a policy id from 'irisstack policies'{DidYouMean.Suggest(suppression.Policy, ids)}."));
        }

        return errors;
    }
}
