using System.Collections.Immutable;
using IrisStack.Components.Graph;

namespace IrisStack.Policies.Rules.Backup;

/// <summary>Every S3 bucket has a public access block with all four settings true.</summary>
public sealed class S3BucketPublicAccessBlocked : StackPolicy
{
    /// <summary>The four settings.</summary>
    public static readonly ImmutableArray<string> Flags = ["blockPublicAcls", "blockPublicPolicy", "ignorePublicAcls", "restrictPublicBuckets"];

    private static readonly ImmutableHashSet<string> ExaminedTypes = [.. S3BucketSettings.BucketTypes, .. S3BucketSettings.PublicAccessBlockTypes];

    /// <inheritdoc />
    public override string Id => "s3-bucket-public-access-blocked";

    /// <inheritdoc />
    public override string Description => "Every S3 bucket has an aws:s3/bucketPublicAccessBlock with blockPublicAcls, blockPublicPolicy, ignorePublicAcls and restrictPublicBuckets all true.";

    /// <inheritdoc />
    public override string Rationale => "A single public ACL or policy statement would publish database exports to the internet; the block makes S3 refuse and ignore both.";

    /// <inheritdoc />
    public override string Layer => "data";

    /// <inheritdoc />
    public override ImmutableArray<string> PeerIds => ["CKV_AWS_53", "CKV_AWS_54", "CKV_AWS_55", "CKV_AWS_56", "CKV2_AWS_6", "AwsSolutions-S2"];

    /// <inheritdoc />
    public override bool Examines(string type) => ExaminedTypes.Contains(type);

    /// <inheritdoc />
    public override PolicyOutcome Evaluate(ResourceGraph graph, PolicyContext context)
    {
        var buckets = S3BucketSettings.Buckets(graph).ToList();
        return buckets.Count == 0 ? PolicyOutcome.NotApplicable : PolicyOutcome.From(buckets.SelectMany(b => Check(graph, b)));
    }

    private static IEnumerable<Finding> Check(ResourceGraph graph, ResourceNode bucket)
    {
        var blocks = S3BucketSettings.SettingsOf(graph, bucket, S3BucketSettings.PublicAccessBlockTypes).ToList();
        if (blocks.Count == 0)
        {
            yield return new Finding(bucket.Name, string.Empty, "The bucket has no public access block.",
                $"Add an aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock for this bucket with {string.Join(", ", Flags)} all true.");
            yield break;
        }

        foreach (var block in blocks)
        {
            foreach (var flag in Flags.Where(f => block.Input(f) is not BoolValue { Value: true }))
            {
                yield return new Finding(block.Name, flag, $"{flag} is not true, so S3 does not block that kind of public access.", $"Set {flag} to true.");
            }
        }
    }
}
