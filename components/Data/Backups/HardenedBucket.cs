using System.Collections.Immutable;
using System.Text.Json.Nodes;
using IrisStack.Components.Aws;
using IrisStack.Components.Graph;

namespace IrisStack.Components.Data.Backups;

/// <summary>
/// An S3 bucket as the stack makes every bucket, each setting its own pulumi-aws v7 resource (the
/// inline Bucket properties are deprecated): default encryption, versioning, all four public access
/// blocks, ACLs disabled (BucketOwnerEnforced), a bucket policy that denies requests without TLS,
/// a lifecycle and Object Lock when asked; <see cref="LogTo"/> adds server access logging. <c>forceDestroy</c> stays false, so a bucket with objects is never deleted with them.
/// </summary>
public static class HardenedBucket
{
    /// <summary>Adds the bucket <paramref name="name"/> and its settings (<c>{name}-encryption</c>, ...) under <paramref name="parent"/>.</summary>
    /// <param name="graph">The graph to add to.</param>
    /// <param name="context">The stack's tags and protection.</param>
    /// <param name="name">The bucket's logical name (S3 names it from this with a random suffix).</param>
    /// <param name="parent">The component.</param>
    /// <param name="spec">How the bucket is encrypted, logged, kept and locked.</param>
    public static NodeRef Add(GraphBuilder graph, StackContext context, string name, string parent, HardenedBucketSpec spec)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(spec);
        var bucket = graph.Resource("aws:s3/bucket:Bucket", name, MapValue.Of(
            ("forceDestroy", false),
            ("tags", context.TagsFor(name))),
            parent, new ResourceOptions { Protect = context.ProtectStatefulResources });
        var bucketName = bucket.Output("bucket");
        NodeRef Setting(string role, string type, params (string Key, Value? Value)[] inputs) =>
            graph.Resource(type, $"{name}-{role}", MapValue.Of([("bucket", bucketName), .. inputs]), parent);

        var publicAccess = Setting("public-access", "aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock",
            ("blockPublicAcls", true), ("blockPublicPolicy", true), ("ignorePublicAcls", true), ("restrictPublicBuckets", true));
        Setting("ownership", "aws:s3/bucketOwnershipControls:BucketOwnershipControls",
            ("rule", MapValue.Of(("objectOwnership", "BucketOwnerEnforced"))));
        Setting("encryption", "aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration",
            ("rules", new ListValue([spec.Encryption.Rule()])));
        var versioning = Setting("versioning", "aws:s3/bucketVersioning:BucketVersioning",
            ("versioningConfiguration", MapValue.Of(("status", "Enabled"))));

        var policy = new JsonObject
        {
            ["Version"] = "2012-10-17",
            ["Statement"] = new JsonArray([DenyWithoutTls(bucket), .. spec.PolicyStatements.Select(s => s.DeepClone())]),
        };
        // S3 refuses a policy while the public access block is being set up; waiting avoids the race.
        graph.Resource("aws:s3/bucketPolicy:BucketPolicy", $"{name}-policy", MapValue.Of(
            ("bucket", bucketName),
            ("policy", JsonTemplate.Render(policy))),
            parent, new ResourceOptions { DependsOn = [publicAccess.Name] });

        // Lifecycle rules on a versioned bucket need versioning in place first.
        graph.Resource("aws:s3/bucketLifecycleConfiguration:BucketLifecycleConfiguration", $"{name}-lifecycle", MapValue.Of(
            ("bucket", bucketName),
            ("rules", new ListValue([.. LifecycleRules(spec.Lifecycle)]))),
            parent, new ResourceOptions { DependsOn = [versioning.Name] });

        // pulumi-aws v7's BucketObjectLockConfiguration enables Object Lock on new and existing
        // buckets alike (its docs), so the Bucket's objectLockEnabled stays unset.
        if (spec.ObjectLock is { } retention)
        {
            graph.Resource("aws:s3/bucketObjectLockConfiguration:BucketObjectLockConfiguration", $"{name}-object-lock", MapValue.Of(
                ("bucket", bucketName),
                ("objectLockEnabled", "Enabled"),
                ("rule", MapValue.Of(("defaultRetention", MapValue.Of(
                    ("mode", retention.Mode switch
                    {
                        ObjectLockMode.Governance => "GOVERNANCE",
                        ObjectLockMode.Compliance => "COMPLIANCE",
                        _ => throw new ArgumentOutOfRangeException(nameof(spec), retention.Mode, "Unknown Object Lock mode."),
                    }),
                    ("days", retention.Days)))))),
                parent, new ResourceOptions { DependsOn = [versioning.Name] });
        }

        return bucket;
    }

    /// <summary>
    /// Server access logging of <paramref name="source"/> (logical name <paramref name="name"/>) into
    /// <paramref name="target"/>, under the prefix <see cref="LogPrefix"/>; a resource of its own, so
    /// the log bucket's policy can name the source bucket before logging starts.
    /// </summary>
    public static NodeRef LogTo(GraphBuilder graph, string name, string parent, NodeRef source, NodeRef target)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(target);
        return graph.Resource("aws:s3/bucketLogging:BucketLogging", $"{name}-logging", MapValue.Of(
            ("bucket", source.Output("bucket")),
            ("targetBucket", target.Output("bucket")),
            ("targetPrefix", LogPrefix(name))),
            parent);
    }

    /// <summary>Where a source bucket's logs go in the log bucket: <c>{name}/</c>.</summary>
    public static string LogPrefix(string name) => $"{name}/";

    /// <summary>The bucket and every object in it, as a policy's <c>Resource</c>.</summary>
    public static JsonArray BucketAndObjects(NodeRef bucket) =>
        new(JsonTemplate.Ref(bucket.Arn), JsonTemplate.Concat(bucket.Arn, "/*"));

    private static JsonObject DenyWithoutTls(NodeRef bucket) => new()
    {
        ["Sid"] = "DenyRequestsWithoutTls",
        ["Effect"] = "Deny",
        ["Principal"] = "*",
        ["Action"] = "s3:*",
        ["Resource"] = BucketAndObjects(bucket),
        ["Condition"] = new JsonObject { ["Bool"] = new JsonObject { ["aws:SecureTransport"] = "false" } },
    };

    private static ImmutableArray<MapValue> LifecycleRules(BucketLifecycle lifecycle)
    {
        var rules = ImmutableArray.CreateBuilder<MapValue>();
        rules.Add(MapValue.Of(
            ("id", "expire-noncurrent-versions"),
            ("status", "Enabled"),
            ("filter", MapValue.Empty),
            ("noncurrentVersionExpiration", MapValue.Of(("noncurrentDays", lifecycle.NoncurrentVersionExpirationDays))),
            ("abortIncompleteMultipartUpload", MapValue.Of(("daysAfterInitiation", BucketLifecycle.AbortIncompleteUploadDays)))));
        if (lifecycle.ExpireAfterDays is { } expire)
        {
            rules.Add(MapValue.Of(
                ("id", "expire-objects"),
                ("status", "Enabled"),
                ("filter", MapValue.Empty),
                ("expiration", MapValue.Of(("days", expire)))));
        }

        if (lifecycle.ArchiveAfterDays is { } archive)
        {
            rules.Add(MapValue.Of(
                ("id", "archive-objects"),
                ("status", "Enabled"),
                ("filter", MapValue.Empty),
                ("transitions", new ListValue([MapValue.Of(("days", archive), ("storageClass", "GLACIER"))]))));
        }

        return rules.ToImmutable();
    }
}
