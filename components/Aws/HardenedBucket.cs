using System.Collections.Immutable;
using System.Text.Json.Nodes;
using IrisStack.Components.Graph;

namespace IrisStack.Components.Aws;

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
    /// <param name="provider">The aws provider node for a bucket outside the stack's region, or null for the default provider.</param>
    public static NodeRef Add(GraphBuilder graph, StackContext context, string name, string parent, HardenedBucketSpec spec, string? provider = null)
    {
        ArgumentNullException.ThrowIfNull(spec);
        return AddBucket(graph, context, name, parent, spec, spec.PolicyStatements, provider);
    }

    /// <summary>
    /// Adds the bucket and its settings but not its policy, for a policy whose statements name
    /// resources that need the bucket first (a CloudFront distribution reading it): the caller
    /// adds it with <see cref="Policy"/> once those exist.
    /// </summary>
    public static NodeRef AddAwaitingPolicy(GraphBuilder graph, StackContext context, string name, string parent, HardenedBucketSpec spec, string? provider = null)
    {
        ArgumentNullException.ThrowIfNull(spec);
        return spec.PolicyStatements.Count > 0
            ? throw new ArgumentException("A bucket awaiting its policy takes the statements in Policy, not in its spec.", nameof(spec))
            : AddBucket(graph, context, name, parent, spec, statements: null, provider);
    }

    // The bucket and its settings, and its policy unless statements is null (added later by Policy).
    private static NodeRef AddBucket(GraphBuilder graph, StackContext context, string name, string parent, HardenedBucketSpec spec, IReadOnlyList<JsonObject>? statements, string? provider)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(context);

        var bucket = graph.Resource("aws:s3/bucket:Bucket", name, MapValue.Of(
            ("forceDestroy", false),
            ("tags", context.TagsFor(name))),
            parent, new ResourceOptions { Protect = context.ProtectStatefulResources, Provider = provider });
        var bucketName = bucket.Output("bucket");
        NodeRef Setting(string role, string type, params (string Key, Value? Value)[] inputs) =>
            graph.Resource(type, $"{name}-{role}", MapValue.Of([("bucket", bucketName), .. inputs]), parent, new ResourceOptions { Provider = provider });

        Setting("public-access", "aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock",
            ("blockPublicAcls", true), ("blockPublicPolicy", true), ("ignorePublicAcls", true), ("restrictPublicBuckets", true));
        Setting("ownership", "aws:s3/bucketOwnershipControls:BucketOwnershipControls",
            ("rule", MapValue.Of(("objectOwnership", "BucketOwnerEnforced"))));
        Setting("encryption", "aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration",
            ("rules", new ListValue([spec.Encryption.Rule()])));
        var versioning = Setting("versioning", "aws:s3/bucketVersioning:BucketVersioning",
            ("versioningConfiguration", MapValue.Of(("status", "Enabled"))));
        if (statements is not null)
        {
            Policy(graph, name, parent, bucket, statements, provider);
        }

        // Lifecycle rules on a versioned bucket need versioning in place first.
        graph.Resource("aws:s3/bucketLifecycleConfiguration:BucketLifecycleConfiguration", $"{name}-lifecycle", MapValue.Of(
            ("bucket", bucketName),
            ("rules", new ListValue([.. LifecycleRules(spec.Lifecycle)]))),
            parent, new ResourceOptions { DependsOn = [versioning.Name], Provider = provider });

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
                parent, new ResourceOptions { DependsOn = [versioning.Name], Provider = provider });
        }

        return bucket;
    }

    /// <summary>The bucket's policy (<c>{name}-policy</c>): TLS only, plus <paramref name="statements"/>.</summary>
    public static NodeRef Policy(GraphBuilder graph, string name, string parent, NodeRef bucket, IReadOnlyList<JsonObject> statements, string? provider = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(bucket);
        ArgumentNullException.ThrowIfNull(statements);
        var policy = new JsonObject
        {
            ["Version"] = "2012-10-17",
            ["Statement"] = new JsonArray([DenyWithoutTls(bucket), .. statements.Select(s => s.DeepClone())]),
        };
        // S3 refuses a policy while the public access block is being set up; waiting avoids the race.
        return graph.Resource("aws:s3/bucketPolicy:BucketPolicy", $"{name}-policy", MapValue.Of(
            ("bucket", bucket.Output("bucket")),
            ("policy", JsonTemplate.Render(policy))),
            parent, new ResourceOptions { DependsOn = [$"{name}-public-access"], Provider = provider });
    }

    /// <summary>
    /// Server access logging of <paramref name="source"/> (logical name <paramref name="name"/>) into
    /// <paramref name="target"/>, under the prefix <see cref="LogPrefix"/>; a resource of its own, so
    /// the log bucket's policy can name the source bucket before logging starts.
    /// </summary>
    public static NodeRef LogTo(GraphBuilder graph, string name, string parent, NodeRef source, NodeRef target, string? provider = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(target);
        return graph.Resource("aws:s3/bucketLogging:BucketLogging", $"{name}-logging", MapValue.Of(
            ("bucket", source.Output("bucket")),
            ("targetBucket", target.Output("bucket")),
            ("targetPrefix", LogPrefix(name))),
            parent, new ResourceOptions { Provider = provider });
    }

    /// <summary>
    /// The bucket policy statement S3 server access logging needs when ACLs are disabled: the
    /// logging service may put objects under each source's prefix, for those source buckets in
    /// this account only.
    /// </summary>
    /// <param name="context">The stack's account.</param>
    /// <param name="logsName">The log bucket's logical name.</param>
    /// <param name="sources">The buckets that log into it, each with its logical name.</param>
    public static JsonObject ServerAccessLogDelivery(StackContext context, string logsName, params IEnumerable<(string Name, NodeRef Bucket)> sources)
    {
        ArgumentNullException.ThrowIfNull(context);
        var list = sources.ToList();
        var logsArn = new OutputReference(logsName, "arn");
        return new JsonObject
        {
            ["Sid"] = "S3ServerAccessLogDelivery",
            ["Effect"] = "Allow",
            ["Principal"] = new JsonObject { ["Service"] = "logging.s3.amazonaws.com" },
            ["Action"] = "s3:PutObject",
            ["Resource"] = list.Count == 1 ? JsonTemplate.Concat(logsArn, $"/{LogPrefix(list[0].Name)}*") : new JsonArray([.. list.Select(s => JsonTemplate.Concat(logsArn, $"/{LogPrefix(s.Name)}*"))]),
            ["Condition"] = new JsonObject
            {
                ["ArnLike"] = new JsonObject { ["aws:SourceArn"] = list.Count == 1 ? JsonTemplate.Ref(list[0].Bucket.Arn) : new JsonArray([.. list.Select(s => JsonTemplate.Ref(s.Bucket.Arn))]) },
                ["StringEquals"] = new JsonObject { ["aws:SourceAccount"] = context.AccountId },
            },
        };
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
