using Pulumi;

namespace IrisStack.Pulumi;

/// <summary>S3 Object Lock on the export bucket, the shape of <c>iris-stack:data.backups.exportBucket.objectLock</c>.</summary>
public sealed class ExportBucketObjectLockArgs : ResourceArgs
{
    /// <summary>Object Lock with a default retention on every new object version (default true); false only for throw-away stacks.</summary>
    [Input("enabled")]
    public bool? Enabled { get; set; }

    /// <summary>governance (default; removable with s3:BypassGovernanceRetention) or compliance (removable by no one).</summary>
    [Input("mode")]
    public string? Mode { get; set; }

    /// <summary>Days each object version stays locked (default 30).</summary>
    [Input("retentionDays")]
    public int? RetentionDays { get; set; }
}
