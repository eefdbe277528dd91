using System.Collections.Immutable;
using IrisStack.Components.Graph;
using IrisStack.Policies.Rules.Edge;

namespace IrisStack.Policies.Rules.Backup;

/// <summary>Every S3 bucket logs its requests to another bucket, except the buckets that receive logs (server access or load balancer access logs).</summary>
public sealed class S3BucketAccessLogging : StackPolicy
{
    private static readonly ImmutableHashSet<string> ExaminedTypes = [.. S3BucketSettings.BucketTypes, .. S3BucketSettings.LoggingTypes, .. LoadBalancers.LoadBalancerTypes];

    /// <inheritdoc />
    public override string Id => "s3-bucket-access-logging";

    /// <inheritdoc />
    public override string Description => "Every S3 bucket has server access logging (aws:s3/bucketLogging) into another bucket; a bucket that is itself a logging target (of server access logs or load balancer access logs) is exempt.";

    /// <inheritdoc />
    public override string Rationale => "Server access logs record every read and write of exports and journal archives, which incident response needs; a log bucket logging to itself would log its own deliveries forever.";

    /// <inheritdoc />
    public override string Layer => "data";

    /// <inheritdoc />
    public override ImmutableArray<string> PeerIds => ["CKV_AWS_18", "AwsSolutions-S1", "s3-bucket-logging-enabled"];

    /// <inheritdoc />
    public override ImmutableDictionary<string, string> PartialPeers => ImmutableDictionary.CreateRange(StringComparer.Ordinal, [
        KeyValuePair.Create("CKV_AWS_18", "exempts buckets that receive server access or load balancer logs"),
        KeyValuePair.Create("AwsSolutions-S1", "exempts buckets that receive server access or load balancer logs"),
        KeyValuePair.Create("s3-bucket-logging-enabled", "exempts buckets that receive server access or load balancer logs, and reads the separate logging resource rather than the Bucket's inline logging"),
    ]);

    /// <inheritdoc />
    public override bool Examines(string type) => ExaminedTypes.Contains(type);

    /// <inheritdoc />
    public override PolicyOutcome Evaluate(ResourceGraph graph, PolicyContext context)
    {
        var buckets = S3BucketSettings.Buckets(graph).ToList();
        if (buckets.Count == 0)
        {
            return PolicyOutcome.NotApplicable;
        }

        return PolicyOutcome.From(buckets
            .Where(b => !S3BucketSettings.IsLogTarget(graph, b))
            .Where(b => !S3BucketSettings.SettingsOf(graph, b, S3BucketSettings.LoggingTypes).Any(l => !S3BucketSettings.Names(l.Input("targetBucket"), b)))
            .Select(b => new Finding(b.Name, string.Empty, "The bucket has no server access logging into another bucket.",
                "Add an aws:s3/bucketLogging:BucketLogging for this bucket with targetBucket a hardened log bucket (SSE-S3, no Object Lock) and a targetPrefix.")));
    }
}
