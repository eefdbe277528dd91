using System.Collections.Immutable;
using IrisStack.Components.Graph;
using IrisStack.Policies.Rules.Edge;

namespace IrisStack.Policies.Rules.Backup;

/// <summary>
/// Every S3 bucket has default encryption with a customer-managed KMS key and an S3 Bucket Key;
/// a bucket that receives server access logs or load balancer access logs may use SSE-S3 instead,
/// the only default encryption those log deliveries support.
/// </summary>
public sealed class S3BucketEncryptedWithKms : StackPolicy
{
    private static readonly ImmutableHashSet<string> ExaminedTypes =
        [.. S3BucketSettings.BucketTypes, .. S3BucketSettings.EncryptionTypes, .. S3BucketSettings.LoggingTypes, .. LoadBalancers.LoadBalancerTypes];

    /// <inheritdoc />
    public override string Id => "s3-bucket-encrypted-with-kms";

    /// <inheritdoc />
    public override string Description => "Every S3 bucket has a default encryption setting (aws:s3/bucketServerSideEncryptionConfiguration) with sseAlgorithm aws:kms, a customer-managed kmsMasterKeyId and bucketKeyEnabled; a bucket that receives server access logs or load balancer access logs may use AES256 (SSE-S3) instead.";

    /// <inheritdoc />
    public override string Rationale => "Exports and journal archives are the database in another form; a key of your own decides who can read them and leaves a CloudTrail record of every decryption. S3 server access logging and ALB access logs cannot deliver to a bucket whose default encryption is SSE-KMS, so log buckets keep SSE-S3.";

    /// <inheritdoc />
    public override string Layer => "data";

    /// <inheritdoc />
    public override ImmutableArray<string> PeerIds => ["CKV_AWS_19", "CKV_AWS_145", "S3DefaultEncryptionKMS"];

    /// <inheritdoc />
    public override ImmutableDictionary<string, string> PartialPeers => ImmutableDictionary.CreateRange(StringComparer.Ordinal, [
        KeyValuePair.Create("CKV_AWS_145", "accepts SSE-S3 on server access and load balancer log buckets, which CKV_AWS_145 flags"),
        KeyValuePair.Create("S3DefaultEncryptionKMS", "accepts SSE-S3 on server access and load balancer log buckets, which S3DefaultEncryptionKMS flags"),
    ]);

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
        var settings = S3BucketSettings.SettingsOf(graph, bucket, S3BucketSettings.EncryptionTypes).ToList();
        if (settings.Count == 0)
        {
            yield return new Finding(bucket.Name, string.Empty, "The bucket has no default encryption setting.",
                "Add an aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration for this bucket with sseAlgorithm aws:kms, a customer-managed kmsMasterKeyId and bucketKeyEnabled true.");
            yield break;
        }

        var logTarget = S3BucketSettings.IsLogTarget(graph, bucket);
        foreach (var setting in settings)
        {
            var rules = setting.Input("rules") is ListValue list ? list.Items.OfType<MapValue>().ToList() : [];
            if (rules.Count == 0)
            {
                yield return new Finding(setting.Name, "rules", "The encryption setting has no rule.", "Add a rule with sseAlgorithm aws:kms and a customer-managed key.");
            }

            foreach (var (rule, index) in rules.Select((r, i) => (r, i)))
            {
                var path = $"rules[{index}]";
                var byDefault = rule["applyServerSideEncryptionByDefault"] as MapValue;
                var algorithm = (byDefault?["sseAlgorithm"] as StringValue)?.Value;
                if (algorithm == "AES256" && logTarget)
                {
                    continue;
                }

                if (algorithm is not ("aws:kms" or "aws:kms:dsse"))
                {
                    yield return new Finding(setting.Name, $"{path}.applyServerSideEncryptionByDefault.sseAlgorithm",
                        $"The bucket's default encryption is {algorithm ?? "not set"}, not KMS{(logTarget ? string.Empty : " (SSE-S3 is accepted only on server access and load balancer log buckets)")}.",
                        "Set sseAlgorithm to aws:kms with kmsMasterKeyId a customer-managed key.");
                    continue;
                }

                var key = byDefault?["kmsMasterKeyId"];
                if (key is null or NullValue || key is StringValue { Value: "" } || key is StringValue { Value: var k } && k.Contains("alias/aws/", StringComparison.Ordinal))
                {
                    yield return new Finding(setting.Name, $"{path}.applyServerSideEncryptionByDefault.kmsMasterKeyId",
                        "The bucket is encrypted with the AWS-managed aws/s3 key, not a customer-managed key.",
                        "Set kmsMasterKeyId to the ARN of a customer-managed KMS key.");
                }

                if (rule["bucketKeyEnabled"] is not BoolValue { Value: true })
                {
                    yield return new Finding(setting.Name, $"{path}.bucketKeyEnabled",
                        "The bucket calls KMS for every object instead of using an S3 Bucket Key.",
                        "Set bucketKeyEnabled to true (fewer KMS requests, same key).");
                }
            }
        }
    }
}
