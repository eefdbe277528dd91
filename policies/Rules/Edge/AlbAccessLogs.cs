using System.Collections.Immutable;
using IrisStack.Components.Graph;
using IrisStack.Policies.Rules.Cluster;

namespace IrisStack.Policies.Rules.Edge;

/// <summary>Every Application Load Balancer writes access logs to an S3 bucket.</summary>
public sealed class AlbAccessLogs : ResourcePolicy
{
    /// <inheritdoc />
    public override string Id => "alb-access-logs";

    /// <inheritdoc />
    public override string Description => "Every Application Load Balancer sets accessLogs with enabled true and a bucket.";

    /// <inheritdoc />
    public override string Rationale => "The access logs are the only record of each request the load balancer received, its client, TLS protocol, target and answer; the WAF logs CloudFront's side only.";

    /// <inheritdoc />
    public override string Layer => "edge";

    /// <inheritdoc />
    public override ImmutableArray<string> PeerIds => ["CKV_AWS_91", "AwsSolutions-ELB2", "elb-logging-enabled"];

    /// <inheritdoc />
    public override ImmutableDictionary<string, string> PartialPeers => ImmutableDictionary.CreateRange(StringComparer.Ordinal, [
        KeyValuePair.Create("CKV_AWS_91", "Application Load Balancers only; Network Load Balancers log only TLS listeners"),
        KeyValuePair.Create("AwsSolutions-ELB2", "Application Load Balancers only, not Classic or Network Load Balancers"),
        KeyValuePair.Create("elb-logging-enabled", "Application Load Balancers only, not Classic Load Balancers"),
    ]);

    /// <inheritdoc />
    public override ImmutableHashSet<string> ResourceTypes => LoadBalancers.LoadBalancerTypes;

    /// <inheritdoc />
    protected override bool AppliesTo(ResourceNode node) => LoadBalancers.IsApplication(node);

    /// <inheritdoc />
    protected override IEnumerable<Finding> Check(ResourceNode node, PolicyContext context)
    {
        const string Fix = "Set accessLogs to { bucket: <a hardened SSE-S3 bucket whose policy admits the region's ELB log delivery>, prefix, enabled: true }.";
        if (!LoadBalancers.IsTrue(node.Input("accessLogs.enabled")))
        {
            yield return Violation(node, "accessLogs.enabled", "The load balancer writes no access logs.", Fix);
        }
        else if (!ClusterTypes.IsSet(node.Input("accessLogs.bucket")))
        {
            yield return Violation(node, "accessLogs.bucket", "Access logs are enabled but name no bucket.", Fix);
        }
    }
}
