using System.Collections.Immutable;
using System.Text.Json.Nodes;
using IrisStack.Components.Graph;
using IrisStack.Policies.Rules.Edge;

namespace IrisStack.Policies.Rules;

/// <summary>
/// Reads S3 buckets and the per-bucket settings resources that pulumi-aws v7 models separately
/// (encryption, versioning, public access block, policy, logging), with the deprecated V2 type
/// names as aliases. A setting belongs to a bucket when its <c>bucket</c> input is that bucket's
/// <c>bucket</c> or <c>id</c> output, or the literal name the bucket is created with.
/// </summary>
internal static class S3BucketSettings
{
    /// <summary>The bucket types.</summary>
    public static readonly ImmutableHashSet<string> BucketTypes = ["aws:s3/bucket:Bucket", "aws:s3/bucketV2:BucketV2"];

    /// <summary>Default encryption settings.</summary>
    public static readonly ImmutableHashSet<string> EncryptionTypes =
        ["aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration", "aws:s3/bucketServerSideEncryptionConfigurationV2:BucketServerSideEncryptionConfigurationV2"];

    /// <summary>Versioning settings.</summary>
    public static readonly ImmutableHashSet<string> VersioningTypes = ["aws:s3/bucketVersioning:BucketVersioning", "aws:s3/bucketVersioningV2:BucketVersioningV2"];

    /// <summary>Server access logging settings.</summary>
    public static readonly ImmutableHashSet<string> LoggingTypes = ["aws:s3/bucketLogging:BucketLogging", "aws:s3/bucketLoggingV2:BucketLoggingV2"];

    /// <summary>Public access blocks.</summary>
    public static readonly ImmutableHashSet<string> PublicAccessBlockTypes = ["aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock"];

    /// <summary>Bucket policies.</summary>
    public static readonly ImmutableHashSet<string> PolicyTypes = ["aws:s3/bucketPolicy:BucketPolicy"];

    /// <summary>The buckets of the graph.</summary>
    public static IEnumerable<ResourceNode> Buckets(ResourceGraph graph) => graph.Nodes.Where(n => BucketTypes.Contains(n.Type));

    /// <summary>The settings of <paramref name="types"/> that belong to <paramref name="bucket"/>.</summary>
    public static IEnumerable<ResourceNode> SettingsOf(ResourceGraph graph, ResourceNode bucket, ImmutableHashSet<string> types, string input = "bucket") =>
        graph.Nodes.Where(n => types.Contains(n.Type) && Names(n.Input(input), bucket));

    /// <summary>
    /// Whether the bucket receives logs: another bucket's server access logs, or a load balancer's
    /// access logs (which, like server access logs, S3 delivers only to SSE-S3 buckets).
    /// </summary>
    public static bool IsLogTarget(ResourceGraph graph, ResourceNode bucket) =>
        SettingsOf(graph, bucket, LoggingTypes, "targetBucket").Any(l => !Names(l.Input("bucket"), bucket))
        || graph.Nodes.Any(n => LoadBalancers.LoadBalancerTypes.Contains(n.Type) && Names(n.Input("accessLogs.bucket"), bucket));

    /// <summary>Whether <paramref name="value"/> (a setting's <c>bucket</c> input) names <paramref name="bucket"/>.</summary>
    public static bool Names(Value? value, ResourceNode bucket) => value switch
    {
        OutputReference r => r.Node == bucket.Name && r.Output is "bucket" or "id",
        StringValue s => bucket.Input("bucket") is StringValue own && own.Value == s.Value,
        _ => false,
    };

    /// <summary>Whether a policy statement's principal is everyone (<c>*</c> or <c>{"AWS": "*"}</c>).</summary>
    public static bool IsEveryone(JsonNode? principal) => principal switch
    {
        JsonValue => PolicyDocumentText.Strings(principal).Contains("*"),
        JsonObject o => PolicyDocumentText.Strings(o["AWS"]).Contains("*"),
        _ => false,
    };
}
