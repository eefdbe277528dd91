using IrisStack.Components.Graph;

namespace IrisStack.Components.Edge.CloudFront;

/// <summary>
/// The application origin CloudFront reaches through a VPC origin: the internal ALB in front of
/// the API gateway, which has no public address.
/// </summary>
/// <param name="DomainName">The internal ALB's DNS name (the origin's <c>domainName</c>).</param>
/// <param name="VpcOriginId">The id of the <c>aws:cloudfront/vpcOrigin:VpcOrigin</c> that wraps that ALB.</param>
public sealed record CloudFrontOrigin(Value DomainName, Value VpcOriginId);
