using System.Collections.Immutable;
using System.Text.Json.Nodes;
using IrisStack.Components.Aws;
using IrisStack.Components.Graph;

namespace IrisStack.Components.Edge.CloudFront;

/// <summary>
/// Standard logging (v2) of the distribution: CloudWatch Logs delivers the access logs to an S3
/// bucket encrypted with a key of its own. Legacy standard logging (the distribution's
/// <c>loggingConfig</c>) writes through S3 ACLs, which the stack's buckets disable
/// (BucketOwnerEnforced); v2 delivers under a bucket policy instead, and CloudWatch Logs documents
/// the key policy it needs for SSE-KMS.
/// </summary>
public static class CloudFrontLogging
{
    /// <summary>
    /// The log fields delivered: every standard log field but <c>cs(Cookie)</c>, which carries
    /// session tokens (CloudFront developer guide, standard logging reference, log file fields).
    /// </summary>
    public static readonly ImmutableArray<string> RecordFields =
    [
        "date", "time", "x-edge-location", "sc-bytes", "c-ip", "cs-method", "cs(Host)", "cs-uri-stem", "sc-status", "cs(Referer)",
        "cs(User-Agent)", "cs-uri-query", "x-edge-result-type", "x-edge-request-id", "x-host-header", "cs-protocol", "cs-bytes",
        "time-taken", "x-forwarded-for", "ssl-protocol", "ssl-cipher", "x-edge-response-result-type", "cs-protocol-version",
        "fle-status", "fle-encrypted-fields", "c-port", "time-to-first-byte", "x-edge-detailed-result-type", "sc-content-type",
        "sc-content-len", "sc-range-start", "sc-range-end",
    ];

    /// <summary>The CloudWatch Logs principal that delivers vended logs.</summary>
    public const string DeliveryService = "delivery.logs.amazonaws.com";

    /// <summary>Days a replaced or deleted log object version is kept.</summary>
    public const int NoncurrentVersionDays = 30;

    /// <summary>Adds the key, the log bucket and the delivery (source, destination, delivery) for <paramref name="distributionArn"/>, all in us-east-1.</summary>
    /// <param name="graph">The graph to add to.</param>
    /// <param name="scope">The edge component's scope.</param>
    /// <param name="context">The stack's account and tags, with us-east-1 as its region.</param>
    /// <param name="config">The distribution's settings.</param>
    /// <param name="distributionArn">The distribution's ARN.</param>
    /// <param name="parent">The edge component node.</param>
    /// <param name="provider">The us-east-1 aws provider node.</param>
    public static NodeRef Add(GraphBuilder graph, ComponentScope scope, StackContext context, CloudFrontConfig config, OutputReference distributionArn, string parent, string provider)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(config);
        var physical = context.PhysicalName("-");
        var logsName = scope.Child("cdn-logs");
        var deliverySources = $"arn:{context.Partition}:logs:{context.Region}:{context.AccountId}:delivery-source:*";
        var fromThisAccount = new JsonObject
        {
            ["StringEquals"] = new JsonObject { ["aws:SourceAccount"] = context.AccountId },
            ["ArnLike"] = new JsonObject { ["aws:SourceArn"] = deliverySources },
        };
        var key = CustomerManagedKey.Add(graph, context, scope.Child("cdn-logs-key"), parent, "cdn-logs",
            $"Encrypts the CloudFront access logs of {context.Project}/{context.Stack}",
            new JsonObject
            {
                ["Version"] = "2012-10-17",
                ["Statement"] = new JsonArray(KeyPolicyStatements.AccountAdministersKey(context), new JsonObject
                {
                    // CloudWatch Logs user guide, logs sent to Amazon S3, bucket server-side encryption.
                    ["Sid"] = "LogDeliveryUsesKey",
                    ["Effect"] = "Allow",
                    ["Principal"] = new JsonObject { ["Service"] = DeliveryService },
                    ["Action"] = new JsonArray("kms:Encrypt", "kms:Decrypt", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:DescribeKey"),
                    ["Resource"] = "*",
                    ["Condition"] = fromThisAccount.DeepClone(),
                }),
            },
            provider);

        var logsArn = new OutputReference(logsName, "arn");
        var bucket = HardenedBucket.Add(graph, context, logsName, parent, new HardenedBucketSpec(
            new BucketEncryption.CustomerManagedKey(key.Arn),
            new BucketLifecycle(NoncurrentVersionDays, config.LogRetentionDays, ArchiveAfterDays: null),
            ObjectLock: null,
            [
                new JsonObject
                {
                    ["Sid"] = "AWSLogDeliveryWrite",
                    ["Effect"] = "Allow",
                    ["Principal"] = new JsonObject { ["Service"] = DeliveryService },
                    ["Action"] = "s3:PutObject",
                    ["Resource"] = JsonTemplate.Concat(logsArn, $"/AWSLogs/{context.AccountId}/*"),
                    ["Condition"] = new JsonObject
                    {
                        ["StringEquals"] = new JsonObject { ["s3:x-amz-acl"] = "bucket-owner-full-control", ["aws:SourceAccount"] = context.AccountId },
                        ["ArnLike"] = new JsonObject { ["aws:SourceArn"] = deliverySources },
                    },
                },
                new JsonObject
                {
                    ["Sid"] = "AWSLogDeliveryAclCheck",
                    ["Effect"] = "Allow",
                    ["Principal"] = new JsonObject { ["Service"] = DeliveryService },
                    ["Action"] = "s3:GetBucketAcl",
                    ["Resource"] = JsonTemplate.Ref(logsArn),
                    ["Condition"] = fromThisAccount.DeepClone(),
                },
            ]),
            provider);
        graph.Setting($"{logsName}-lifecycle", "rules", config.Settings.KeyOf("logRetentionDays"));

        var options = new ResourceOptions { Provider = provider };
        NodeRef Add(string type, string role, params (string Key, Value? Value)[] inputs) =>
            graph.Resource(type, scope.Child(role), MapValue.Of([.. inputs, ("tags", context.TagsFor(scope.Child(role)))]), parent, options);
        var source = Add("aws:cloudwatch/logDeliverySource:LogDeliverySource", "cdn-log-source",
            ("name", $"{physical}-cdn"),
            ("logType", "ACCESS_LOGS"),
            ("resourceArn", distributionArn));
        var destination = Add("aws:cloudwatch/logDeliveryDestination:LogDeliveryDestination", "cdn-log-destination",
            ("name", $"{physical}-cdn-logs"),
            ("outputFormat", "w3c"),
            ("deliveryDestinationConfiguration", MapValue.Of(("destinationResourceArn", bucket.Arn))));
        // The bucket policy must be in place before CloudWatch Logs checks it.
        graph.Resource("aws:cloudwatch/logDelivery:LogDelivery", scope.Child("cdn-log-delivery"), MapValue.Of(
            ("deliverySourceName", source.Output("name")),
            ("deliveryDestinationArn", destination.Arn),
            ("recordFields", ListValue.Of(RecordFields.Select(f => (Value)f))),
            ("tags", context.TagsFor(scope.Child("cdn-log-delivery")))),
            parent, new ResourceOptions { Provider = provider, DependsOn = [$"{logsName}-policy"] });
        return bucket;
    }
}
