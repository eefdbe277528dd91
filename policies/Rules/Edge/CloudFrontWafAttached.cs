using System.Collections.Immutable;
using IrisStack.Components.Graph;

namespace IrisStack.Policies.Rules.Edge;

/// <summary>A distribution has a WAF web ACL attached.</summary>
public sealed class CloudFrontWafAttached : ResourcePolicy
{
    /// <inheritdoc />
    public override string Id => "cloudfront-waf-attached";

    /// <inheritdoc />
    public override string Description => "A CloudFront distribution has a webAclId (a CLOUDFRONT-scoped WAFv2 web ACL's ARN).";

    /// <inheritdoc />
    public override string Rationale => "Without the web ACL no request is filtered before the application: no allow-list, rate limit, managed rules or SQLi/XSS matches.";

    /// <inheritdoc />
    public override string Layer => "edge";

    /// <inheritdoc />
    public override ImmutableArray<string> PeerIds => ["CKV_AWS_68", "AwsSolutions-CFR2", "aws-cloudfront-distribution-configure-waf"];

    /// <inheritdoc />
    public override ImmutableHashSet<string> ResourceTypes => Distributions.DistributionTypes;

    /// <inheritdoc />
    protected override IEnumerable<Finding> Check(ResourceNode node, PolicyContext context)
    {
        if (!Distributions.IsSet(node.Input("webAclId")))
        {
            yield return Violation(node, "webAclId", "The distribution has no WAF web ACL attached, so requests reach the origin unfiltered.", "Set webAclId to the ARN of the edge's CLOUDFRONT-scoped web ACL.");
        }
    }
}
