using IrisStack.Components.Graph;

namespace IrisStack.Components.Edge;

/// <summary>What the rest of the stack uses of the edge layer.</summary>
/// <param name="WebAclArn">The WAF web ACL's ARN: CloudFront's <c>webAclId</c>.</param>
/// <param name="UsEast1Provider">The name of the aws provider node for us-east-1, where CloudFront's WAF, certificates and logs live.</param>
/// <param name="WafLogGroup">The WAF's log group.</param>
public sealed record EdgeOutputs(OutputReference WebAclArn, string UsEast1Provider, NodeRef WafLogGroup)
{
    /// <summary>The distribution's domain name (what the aliases' DNS records point at), when the edge has one.</summary>
    public OutputReference? DistributionDomainName { get; init; }
}
