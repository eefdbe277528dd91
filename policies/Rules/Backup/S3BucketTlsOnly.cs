using System.Collections.Immutable;
using System.Text.Json.Nodes;
using IrisStack.Components.Graph;

namespace IrisStack.Policies.Rules.Backup;

/// <summary>Every S3 bucket has a bucket policy that denies every request made without TLS.</summary>
public sealed class S3BucketTlsOnly : StackPolicy
{
    private static readonly ImmutableHashSet<string> ExaminedTypes = [.. S3BucketSettings.BucketTypes, .. S3BucketSettings.PolicyTypes];

    /// <inheritdoc />
    public override string Id => "s3-bucket-tls-only";

    /// <inheritdoc />
    public override string Description => "Every S3 bucket has a bucket policy with a Deny statement for every principal on all S3 actions (s3:*), on the bucket and its objects, when aws:SecureTransport is false.";

    /// <inheritdoc />
    public override string Rationale => "S3 still answers plain HTTP; without the deny, a misconfigured client sends exports and journals, and its credentials' signatures, unencrypted.";

    /// <inheritdoc />
    public override string Layer => "data";

    /// <inheritdoc />
    public override ImmutableArray<string> PeerIds => ["AwsSolutions-S10"];

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
        var policies = S3BucketSettings.SettingsOf(graph, bucket, S3BucketSettings.PolicyTypes).ToList();
        const string Fix = "Add a statement with Effect Deny, Principal \"*\", Action \"s3:*\", Resource [the bucket ARN, the bucket ARN + \"/*\"] and Condition {\"Bool\": {\"aws:SecureTransport\": \"false\"}}.";
        if (policies.Count == 0)
        {
            yield return new Finding(bucket.Name, string.Empty, "The bucket has no bucket policy, so requests without TLS are not refused.", $"Add an aws:s3/bucketPolicy:BucketPolicy for this bucket. {Fix}");
            yield break;
        }

        foreach (var policy in policies)
        {
            var (document, unreadable) = PolicyDocumentText.Parse(policy.Input("policy"));
            if (document is null)
            {
                yield return new Finding(policy.Name, "policy", $"The bucket policy cannot be verified: {unreadable}.", "Build the policy as JSON text, or suppress this finding with a reason.");
            }
            else if (!PolicyDocumentText.Statements(document).Any(s => DeniesWithoutTls(s, bucket)))
            {
                yield return new Finding(policy.Name, "policy", "No statement denies requests without TLS on the bucket and its objects.", Fix);
            }
        }
    }

    private static bool DeniesWithoutTls(JsonObject statement, ResourceNode bucket)
    {
        var resources = PolicyDocumentText.Strings(statement["Resource"]).ToList();
        var arn = $"${{{bucket.Name}.arn}}";
        var literal = bucket.Input("bucket") is StringValue { Value: var name } ? $"arn:aws:s3:::{name}" : null;
        bool Covers(string suffix) => resources.Any(r => r == "*" || r == arn + suffix || (literal is not null && r == literal + suffix));
        // Only the transport condition: any other would narrow the deny to some requests.
        return string.Equals((string?)statement["Effect"], "Deny", StringComparison.Ordinal)
            && S3BucketSettings.IsEveryone(statement["Principal"])
            && PolicyDocumentText.Strings(statement["Action"]).Any(a => a is "s3:*" or "*")
            && statement["Condition"] is JsonObject { Count: 1 } condition
            && condition["Bool"] is JsonObject { Count: 1 } transport
            && transport["aws:SecureTransport"]?.ToString() == "false"
            && Covers(string.Empty) && Covers("/*");
    }
}
