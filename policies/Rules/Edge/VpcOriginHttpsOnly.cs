using System.Collections.Immutable;
using IrisStack.Components.Graph;

namespace IrisStack.Policies.Rules.Edge;

/// <summary>CloudFront reaches a VPC origin over HTTPS with TLS 1.2 only.</summary>
public sealed class VpcOriginHttpsOnly : ResourcePolicy
{
    /// <inheritdoc />
    public override string Id => "cloudfront-vpc-origin-https-only";

    /// <inheritdoc />
    public override string Description => "Every CloudFront VPC origin sets vpcOriginEndpointConfig.originProtocolPolicy https-only and originSslProtocols.items [TLSv1.2].";

    /// <inheritdoc />
    public override string Rationale => "With http-only or match-viewer, CloudFront sends viewers' credentials and sessions to the load balancer in clear text; SSLv3, TLSv1 and TLSv1.1 are broken or deprecated.";

    /// <inheritdoc />
    public override string Layer => "edge";

    /// <inheritdoc />
    public override ImmutableArray<string> PeerIds => [];

    /// <inheritdoc />
    public override ImmutableHashSet<string> ResourceTypes => LoadBalancers.VpcOriginTypes;

    /// <inheritdoc />
    protected override IEnumerable<Finding> Check(ResourceNode node, PolicyContext context)
    {
        if (node.Input("vpcOriginEndpointConfig.originProtocolPolicy") is not StringValue { Value: "https-only" })
        {
            yield return Violation(node, "vpcOriginEndpointConfig.originProtocolPolicy",
                $"CloudFront reaches the origin with {Describe(node.Input("vpcOriginEndpointConfig.originProtocolPolicy"))}, not HTTPS only.",
                "Set originProtocolPolicy to https-only (the load balancer then needs an HTTPS listener on httpsPort).");
        }

        var protocols = (node.Input("vpcOriginEndpointConfig.originSslProtocols.items") as ListValue)?.Items ?? [];
        if (protocols.IsEmpty || protocols.Any(p => p is not StringValue { Value: "TLSv1.2" }))
        {
            yield return Violation(node, "vpcOriginEndpointConfig.originSslProtocols.items",
                "The origin's TLS protocols are not TLSv1.2 alone.",
                "Set originSslProtocols to { items: [TLSv1.2], quantity: 1 }.");
        }
    }

    private static string Describe(Value? value) => value switch
    {
        StringValue { Value: var policy } => $"'{policy}'",
        null or NullValue => "no protocol policy",
        _ => "a protocol policy this preview does not know",
    };
}
