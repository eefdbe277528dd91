using Pulumi;

namespace IrisStack.Pulumi;

/// <summary>The S3 bucket for exports and journal archives, the shape of <c>iris-stack:data.backups.exportBucket</c>.</summary>
public sealed class ExportBucketArgs : ResourceArgs
{
    /// <summary>S3 Object Lock on the bucket (once on, S3 cannot turn it off).</summary>
    [Input("objectLock")]
    public ExportBucketObjectLockArgs? ObjectLock { get; set; }

    /// <summary>Days a replaced or deleted object version is kept (default 90); at least objectLock.retentionDays.</summary>
    [Input("noncurrentVersionExpirationDays")]
    public int? NoncurrentVersionExpirationDays { get; set; }

    /// <summary>Days after which current objects move to S3 Glacier Flexible Retrieval; 0 (default) keeps them in S3 Standard.</summary>
    [Input("archiveAfterDays")]
    public int? ArchiveAfterDays { get; set; }

    /// <summary>Days the access log bucket keeps its server access logs (default 365).</summary>
    [Input("accessLogRetentionDays")]
    public int? AccessLogRetentionDays { get; set; }

    /// <summary>Mount a Kubernetes API token in the IRIS pods' export ServiceAccount (default false); leave false unless IRSA fails without it (that the web identity token is projected regardless is unconfirmed).</summary>
    [Input("mountApiToken")]
    public bool? MountApiToken { get; set; }
}
