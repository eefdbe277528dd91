using System.Collections.Immutable;
using IrisStack.Components.Edge.CloudFront;
using IrisStack.Components.Graph;

namespace IrisStack.Policies.Rules.Edge;

/// <summary>A distribution serves viewers with a custom ACM certificate over SNI and TLS 1.2 (2021 ciphers) or newer.</summary>
public sealed class CloudFrontMinimumTls12 : ResourcePolicy
{
    /// <inheritdoc />
    public override string Id => "cloudfront-min-tls-12";

    /// <inheritdoc />
    public override string Description => $"A CloudFront distribution's viewerCertificate has an acmCertificateArn, cloudfrontDefaultCertificate not true, sslSupportMethod sni-only and minimumProtocolVersion one of {string.Join(", ", CloudFrontSecurityPolicies.Accepted)}.";

    /// <inheritdoc />
    public override string Rationale => "CloudFront's default *.cloudfront.net certificate forces the TLSv1 security policy, and the older policies admit TLS 1.0/1.1 and weak ciphers that downgrade attacks exploit.";

    /// <inheritdoc />
    public override string Layer => "edge";

    /// <inheritdoc />
    public override ImmutableArray<string> PeerIds => ["CKV_AWS_174", "CKV2_AWS_42", "AwsSolutions-CFR4", "aws-cloudfront-distribution-configure-secure-tls"];

    /// <inheritdoc />
    public override ImmutableDictionary<string, string> PartialPeers => ImmutableDictionary<string, string>.Empty
        .Add("aws-cloudfront-distribution-configure-secure-tls", "accepts TLSv1.2_2025 and TLSv1.3_2025 besides TLSv1.2_2021; the PCRP policy accepts TLSv1.2_2021 alone.");

    /// <inheritdoc />
    public override ImmutableHashSet<string> ResourceTypes => Distributions.DistributionTypes;

    /// <inheritdoc />
    protected override IEnumerable<Finding> Check(ResourceNode node, PolicyContext context)
    {
        if (node.Input("viewerCertificate") is not MapValue certificate)
        {
            yield return Violation(node, "viewerCertificate", "The distribution has no viewer certificate, so it serves CloudFront's default one with TLSv1.", "Set viewerCertificate with the aliases' ACM certificate (us-east-1), sslSupportMethod sni-only and minimumProtocolVersion TLSv1.2_2021.");
            yield break;
        }

        if (certificate["cloudfrontDefaultCertificate"] is BoolValue { Value: true } || !Distributions.IsSet(certificate["acmCertificateArn"]))
        {
            yield return Violation(node, "viewerCertificate.acmCertificateArn", "The distribution uses CloudFront's default certificate, which forces the TLSv1 security policy.", "Serve the aliases with an ACM certificate from us-east-1 (acmCertificateArn) and leave cloudfrontDefaultCertificate unset.") with
            {
                Setting = "certificateArn",
            };
        }

        if (certificate["sslSupportMethod"] is not StringValue { Value: "sni-only" })
        {
            yield return Violation(node, "viewerCertificate.sslSupportMethod", $"sslSupportMethod is {ValueText.Display(certificate["sslSupportMethod"]) ?? "not set"}, not sni-only.", "Set sslSupportMethod to sni-only (dedicated IPs serve only pre-SNI clients, at a monthly fee).");
        }

        if (certificate["minimumProtocolVersion"] is not StringValue { Value: var version } || !CloudFrontSecurityPolicies.Accepted.Contains(version))
        {
            yield return Violation(node, "viewerCertificate.minimumProtocolVersion", $"minimumProtocolVersion is {ValueText.Display(certificate["minimumProtocolVersion"]) ?? "not set"}, which admits TLS older than 1.2 or weak ciphers.", $"Set minimumProtocolVersion to {CloudFrontSecurityPolicies.Default} or newer.") with
            {
                Want = CloudFrontSecurityPolicies.Default,
                Setting = "minimumProtocolVersion",
            };
        }
    }
}
