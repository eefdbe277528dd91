namespace IrisStack.Components.Edge.CloudFront;

/// <summary>The ids of the AWS-managed CloudFront cache policies the behaviours use (CloudFront developer guide, "Use managed cache policies").</summary>
public static class CloudFrontManagedPolicies
{
    /// <summary>CachingOptimized: no cookies or query strings in the key, gzip and Brotli, default TTL one day.</summary>
    public const string CachingOptimized = "658327ea-f89d-4fab-a63d-7e88639e58f6";

    /// <summary>CachingDisabled: every TTL 0, nothing in the key.</summary>
    public const string CachingDisabled = "4135ea2d-6df8-44a3-9df3-4b5a84be39ad";
}
