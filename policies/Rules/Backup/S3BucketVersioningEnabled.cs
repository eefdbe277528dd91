using System.Collections.Immutable;
using IrisStack.Components.Graph;

namespace IrisStack.Policies.Rules.Backup;

/// <summary>Every S3 bucket has versioning enabled.</summary>
public sealed class S3BucketVersioningEnabled : StackPolicy
{
    private static readonly ImmutableHashSet<string> ExaminedTypes = [.. S3BucketSettings.BucketTypes, .. S3BucketSettings.VersioningTypes];

    /// <inheritdoc />
    public override string Id => "s3-bucket-versioning-enabled";

    /// <inheritdoc />
    public override string Description => "Every S3 bucket has an aws:s3/bucketVersioning setting with versioningConfiguration.status Enabled.";

    /// <inheritdoc />
    public override string Rationale => "An overwritten or deleted export or journal archive is gone unless the bucket keeps earlier versions; versioning is also what Object Lock builds on.";

    /// <inheritdoc />
    public override string Layer => "data";

    /// <inheritdoc />
    public override ImmutableArray<string> PeerIds => ["CKV_AWS_21", "S3BucketVersioningEnabled"];

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
            .Where(b => !S3BucketSettings.SettingsOf(graph, b, S3BucketSettings.VersioningTypes).Any(v => v.Input("versioningConfiguration.status") is StringValue { Value: "Enabled" }))
            .Select(b => new Finding(b.Name, string.Empty, "The bucket has no versioning setting with status Enabled.",
                "Add an aws:s3/bucketVersioning:BucketVersioning for this bucket with versioningConfiguration.status \"Enabled\".")));
    }
}
