using IrisStack.Components.Graph;

namespace IrisStack.Components.Edge.CloudFront;

/// <summary>What the stack uses of the CloudFront distribution.</summary>
/// <param name="Distribution">The distribution: its <c>domainName</c> and <c>hostedZoneId</c> are what DNS alias records point at.</param>
/// <param name="LogBucket">The bucket that receives the access logs.</param>
/// <param name="StaticBucket">The static-content bucket, or null when there is none.</param>
public sealed record CloudFrontOutputs(NodeRef Distribution, NodeRef LogBucket, NodeRef? StaticBucket);
