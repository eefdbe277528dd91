using System.Collections.Immutable;
using IrisStack.Components.Graph;

namespace IrisStack.Policies.Rules.Edge;

/// <summary>S3 origins are private buckets read through Origin Access Control (SigV4, always), never OAI or a public website endpoint.</summary>
public sealed class CloudFrontS3OriginAccessControl : ResourcePolicy
{
    /// <inheritdoc />
    public override string Id => "cloudfront-s3-origin-oac";

    /// <inheritdoc />
    public override string Description => "Every S3 origin of a CloudFront distribution is a bucket's REST endpoint with an originAccessControlId and no s3OriginConfig.originAccessIdentity (no S3 website endpoint), and every origin access control signs always with sigv4.";

    /// <inheritdoc />
    public override string Rationale => "A website endpoint or a bucket without origin access control must be public, so anyone can read it around CloudFront and its WAF; the legacy OAI cannot read SSE-KMS objects nor sign every request.";

    /// <inheritdoc />
    public override string Layer => "edge";

    /// <inheritdoc />
    public override ImmutableArray<string> PeerIds => ["CKV2_AWS_46", "AwsSolutions-CFR7"];

    /// <inheritdoc />
    public override ImmutableHashSet<string> ResourceTypes => [Distributions.Distribution, Distributions.OriginAccessControl];

    /// <inheritdoc />
    protected override bool AppliesTo(ResourceNode node) =>
        node.Type == Distributions.OriginAccessControl || Distributions.Origins(node).Any(o => Distributions.IsS3Rest(o) || Distributions.IsS3Website(o));

    /// <inheritdoc />
    protected override IEnumerable<Finding> Check(ResourceNode node, PolicyContext context)
    {
        if (node.Type == Distributions.OriginAccessControl)
        {
            foreach (var (key, want) in new[] { ("signingBehavior", "always"), ("signingProtocol", "sigv4") }.Where(p => node.Input(p.Item1) != new StringValue(p.Item2)))
            {
                yield return Violation(node, key, $"The origin access control's {key} is {ValueText.Display(node.Input(key)) ?? "not set"}, not {want}.", $"Set {key} to {want}.");
            }

            yield break;
        }

        foreach (var origin in Distributions.Origins(node))
        {
            if (Distributions.IsS3Website(origin))
            {
                yield return Violation(node, $"{origin.Path}.domainName", $"Origin {origin.Id} is an S3 website endpoint, which serves only a public bucket over HTTP.", "Use the bucket's bucketRegionalDomainName with an origin access control, and keep the bucket private.");
            }
            else if (Distributions.IsS3Rest(origin))
            {
                if (!Distributions.IsSet(origin["originAccessControlId"]))
                {
                    yield return Violation(node, $"{origin.Path}.originAccessControlId", $"S3 origin {origin.Id} has no origin access control, so the bucket must be readable by others.", "Add an aws:cloudfront/originAccessControl:OriginAccessControl (s3, always, sigv4), set originAccessControlId, and admit only cloudfront.amazonaws.com with AWS:SourceArn this distribution in the bucket policy.");
                }

                if (Distributions.IsSet((origin["s3OriginConfig"] as MapValue)?["originAccessIdentity"]))
                {
                    yield return Violation(node, $"{origin.Path}.s3OriginConfig.originAccessIdentity", $"S3 origin {origin.Id} uses a legacy origin access identity.", "Replace the OAI with an origin access control.");
                }
            }
        }
    }
}
