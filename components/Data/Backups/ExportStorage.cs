using System.Text.Json.Nodes;
using IrisStack.Components.Aws;
using IrisStack.Components.Graph;

namespace IrisStack.Components.Data.Backups;

/// <summary>
/// The exports and journal archive bucket, encrypted with a customer-managed key of its own, and
/// the bucket that receives its server access logs. The log bucket uses SSE-S3, the only default
/// encryption the S3 User Guide allows on a logging target, has no Object Lock (also refused on a
/// target) and logs nowhere itself.
/// </summary>
public static class ExportStorage
{
    /// <summary>Adds the key and both buckets; returns the export bucket and its key.</summary>
    public static (NodeRef Bucket, NodeRef Key) Add(GraphBuilder graph, ComponentScope scope, StackContext context, string parent, ExportBucketConfig config)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(config);
        var key = CustomerManagedKey.Add(graph, context, scope.Child("exports-key"), parent, "iris-exports",
            "Encrypts the IRIS exports and journal archive bucket", new JsonObject
            {
                ["Version"] = "2012-10-17",
                ["Statement"] = new JsonArray(KeyPolicyStatements.AccountAdministersKey(context)),
            });
        var exportsName = scope.Child("exports");
        var exports = HardenedBucket.Add(graph, context, exportsName, parent, new HardenedBucketSpec(
            new BucketEncryption.CustomerManagedKey(key.Arn),
            new BucketLifecycle(config.NoncurrentVersionExpirationDays, ExpireAfterDays: null, config.ArchiveAfterDays),
            config.ObjectLock,
            []));

        var logsName = scope.Child("exports-access-logs");
        var logs = HardenedBucket.Add(graph, context, logsName, parent, new HardenedBucketSpec(
            new BucketEncryption.S3Managed(),
            new BucketLifecycle(config.NoncurrentVersionExpirationDays, config.AccessLogRetentionDays, ArchiveAfterDays: null),
            ObjectLock: null,
            [HardenedBucket.ServerAccessLogDelivery(context, logsName, (exportsName, exports))]));
        HardenedBucket.LogTo(graph, exportsName, parent, exports, logs);
        return (exports, key);
    }
}
