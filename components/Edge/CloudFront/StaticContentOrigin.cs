using System.Text.Json.Nodes;
using IrisStack.Components.Aws;
using IrisStack.Components.Graph;

namespace IrisStack.Components.Edge.CloudFront;

/// <summary>
/// The private static-content bucket and the Origin Access Control CloudFront signs its requests
/// with (SigV4, always), not the legacy origin access identity. The bucket policy admits the
/// CloudFront service only for this distribution (<c>AWS:SourceArn</c>); it is added once the
/// distribution exists (<see cref="AdmitOnly"/>), since the distribution needs the bucket first.
/// </summary>
public static class StaticContentOrigin
{
    /// <summary>The CloudFront service principal OAC requests come from.</summary>
    public const string CloudFrontService = "cloudfront.amazonaws.com";

    /// <summary>Adds the key, the bucket (without its policy) and the OAC.</summary>
    /// <param name="graph">The graph to add to.</param>
    /// <param name="scope">The edge component's scope.</param>
    /// <param name="context">The stack's account and tags, with us-east-1 as its region.</param>
    /// <param name="parent">The edge component node.</param>
    /// <param name="provider">The us-east-1 aws provider node.</param>
    public static (NodeRef Bucket, NodeRef AccessControl) Add(GraphBuilder graph, ComponentScope scope, StackContext context, string parent, string provider)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(context);
        var key = CustomerManagedKey.Add(graph, context, scope.Child("static-key"), parent, "static-content",
            $"Encrypts the static content CloudFront serves for {context.Project}/{context.Stack}",
            new JsonObject
            {
                ["Version"] = "2012-10-17",
                ["Statement"] = new JsonArray(KeyPolicyStatements.AccountAdministersKey(context), new JsonObject
                {
                    // CloudFront developer guide, restrict access to an Amazon S3 origin (SSE-KMS).
                    // The key must exist before the distribution, so it names the account's
                    // distributions; the bucket policy narrows reading to this one.
                    ["Sid"] = "CloudFrontDecryptsForThisAccountsDistributions",
                    ["Effect"] = "Allow",
                    ["Principal"] = new JsonObject { ["Service"] = CloudFrontService },
                    ["Action"] = "kms:Decrypt",
                    ["Resource"] = "*",
                    ["Condition"] = new JsonObject { ["ArnLike"] = new JsonObject { ["AWS:SourceArn"] = $"arn:{context.Partition}:cloudfront::{context.AccountId}:distribution/*" } },
                }),
            },
            provider);
        var bucket = HardenedBucket.AddAwaitingPolicy(graph, context, scope.Child("static"), parent, new HardenedBucketSpec(
            new BucketEncryption.CustomerManagedKey(key.Arn),
            new BucketLifecycle(CloudFrontLogging.NoncurrentVersionDays, ExpireAfterDays: null, ArchiveAfterDays: null),
            ObjectLock: null,
            []),
            provider);
        var accessControl = graph.Resource("aws:cloudfront/originAccessControl:OriginAccessControl", scope.Child("static-oac"), MapValue.Of(
            ("name", $"{context.PhysicalName("-")}-static"),
            ("description", $"CloudFront signs its requests to the static content of {context.Project}/{context.Stack}"),
            ("originAccessControlOriginType", "s3"),
            ("signingBehavior", "always"),
            ("signingProtocol", "sigv4")),
            parent, new ResourceOptions { Provider = provider });
        return (bucket, accessControl);
    }

    /// <summary>The bucket's policy: TLS only, and reading by the CloudFront service for <paramref name="distributionArn"/> alone.</summary>
    public static NodeRef AdmitOnly(GraphBuilder graph, NodeRef bucket, OutputReference distributionArn, string parent, string provider)
    {
        ArgumentNullException.ThrowIfNull(bucket);
        ArgumentNullException.ThrowIfNull(distributionArn);
        return HardenedBucket.Policy(graph, bucket.Name, parent, bucket,
        [
            new JsonObject
            {
                ["Sid"] = "CloudFrontReadsForThisDistribution",
                ["Effect"] = "Allow",
                ["Principal"] = new JsonObject { ["Service"] = CloudFrontService },
                ["Action"] = "s3:GetObject",
                ["Resource"] = JsonTemplate.Concat(bucket.Arn, "/*"),
                ["Condition"] = new JsonObject { ["StringEquals"] = new JsonObject { ["AWS:SourceArn"] = JsonTemplate.Ref(distributionArn) } },
            },
        ],
            provider);
    }
}
