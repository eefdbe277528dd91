using System.Collections.Immutable;
using IrisStack.Components.Graph;

namespace IrisStack.Policies.Rules.Edge;

/// <summary>CloudFront reaches custom and VPC origins only over HTTPS with TLS 1.2.</summary>
public sealed class CloudFrontOriginHttps : ResourcePolicy
{
    /// <inheritdoc />
    public override string Id => "cloudfront-origin-https";

    /// <inheritdoc />
    public override string Description => "Every custom origin of a CloudFront distribution (customOriginConfig) and every VPC origin (aws:cloudfront/vpcOrigin vpcOriginEndpointConfig) has originProtocolPolicy https-only and originSslProtocols without SSLv3, TLSv1 or TLSv1.1.";

    /// <inheritdoc />
    public override string Rationale => "Between the edge and the origin travel the same cookies and credentials as between viewer and edge; HTTP or old TLS there undoes the viewer-side TLS.";

    /// <inheritdoc />
    public override string Layer => "edge";

    /// <inheritdoc />
    public override ImmutableArray<string> PeerIds => ["CKV2_AWS_72", "CKV2_AWS_54", "AwsSolutions-CFR5", "aws-cloudfront-distribution-enable-tls-to-origin", "aws-cloudfront-distribution-configure-secure-tls-to-origin"];

    /// <inheritdoc />
    public override ImmutableHashSet<string> ResourceTypes => [Distributions.Distribution, Distributions.VpcOrigin];

    /// <inheritdoc />
    protected override IEnumerable<Finding> Check(ResourceNode node, PolicyContext context) =>
        node.Type == Distributions.VpcOrigin
            ? Endpoint(node, "vpcOriginEndpointConfig", node.Input("vpcOriginEndpointConfig") as MapValue, "items")
            : Distributions.Origins(node).Where(o => o["customOriginConfig"] is MapValue)
                .SelectMany(o => Endpoint(node, $"{o.Path}.customOriginConfig", (MapValue)o["customOriginConfig"]!, null));

    private static IEnumerable<Finding> Endpoint(ResourceNode node, string path, MapValue? endpoint, string? protocolsItems)
    {
        if (endpoint?["originProtocolPolicy"] is not StringValue { Value: "https-only" })
        {
            yield return Violation(node, $"{path}.originProtocolPolicy",
                $"originProtocolPolicy is {ValueText.Display(endpoint?["originProtocolPolicy"]) ?? "not set"}, so CloudFront may reach the origin over plain HTTP.",
                "Set originProtocolPolicy to https-only and serve the origin with a certificate CloudFront trusts.");
        }

        // VPC origins nest the list in { items, quantity }; custom origins take the list itself.
        var protocols = endpoint?["originSslProtocols"] is { } list ? protocolsItems is null ? list : (list as MapValue)?[protocolsItems] : null;
        var outdated = Distributions.Strings(protocols).Where(Distributions.OutdatedSslProtocols.Contains).ToList();
        if (outdated.Count > 0)
        {
            yield return Violation(node, $"{path}.originSslProtocols",
                $"originSslProtocols allows {string.Join(", ", outdated)}.",
                "List only TLSv1.2 in originSslProtocols.");
        }
    }
}
