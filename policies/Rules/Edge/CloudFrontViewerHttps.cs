using System.Collections.Immutable;
using IrisStack.Components.Graph;

namespace IrisStack.Policies.Rules.Edge;

/// <summary>Every cache behaviour of a distribution sends viewers to HTTPS.</summary>
public sealed class CloudFrontViewerHttps : ResourcePolicy
{
    private static readonly ImmutableHashSet<string> Secure = ["redirect-to-https", "https-only"];

    /// <inheritdoc />
    public override string Id => "cloudfront-viewer-https";

    /// <inheritdoc />
    public override string Description => "Every cache behaviour of a CloudFront distribution (default and ordered) has viewerProtocolPolicy redirect-to-https or https-only.";

    /// <inheritdoc />
    public override string Rationale => "A behaviour that answers plain HTTP sends session cookies, credentials and pages in clear text between the viewer and the edge.";

    /// <inheritdoc />
    public override string Layer => "edge";

    /// <inheritdoc />
    public override ImmutableArray<string> PeerIds => ["CKV_AWS_34", "aws-cloudfront-distribution-disallow-unencrypted-traffic"];

    /// <inheritdoc />
    public override ImmutableHashSet<string> ResourceTypes => Distributions.DistributionTypes;

    /// <inheritdoc />
    protected override IEnumerable<Finding> Check(ResourceNode node, PolicyContext context)
    {
        if (node.Input("defaultCacheBehavior") is not MapValue)
        {
            yield return Violation(node, "defaultCacheBehavior", "The distribution has no default cache behaviour to check.", "Set defaultCacheBehavior with viewerProtocolPolicy redirect-to-https.");
        }

        foreach (var behaviour in Distributions.Behaviours(node).Where(b => b["viewerProtocolPolicy"] is not StringValue { Value: var p } || !Secure.Contains(p)))
        {
            yield return Violation(node, $"{behaviour.Path}.viewerProtocolPolicy",
                $"The behaviour's viewerProtocolPolicy is {ValueText.Display(behaviour["viewerProtocolPolicy"]) ?? "not set"}, so viewers can use plain HTTP.",
                "Set viewerProtocolPolicy to redirect-to-https (or https-only).");
        }
    }
}
