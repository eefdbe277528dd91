namespace IrisStack.Components.Aws;

/// <summary>A bucket's lifecycle: what expires or moves, and when.</summary>
/// <param name="NoncurrentVersionExpirationDays">Days a replaced or deleted version is kept.</param>
/// <param name="ExpireAfterDays">Days after which current objects expire; null keeps them.</param>
/// <param name="ArchiveAfterDays">Days after which current objects move to S3 Glacier Flexible Retrieval; null keeps them in S3 Standard.</param>
public sealed record BucketLifecycle(int NoncurrentVersionExpirationDays, int? ExpireAfterDays, int? ArchiveAfterDays)
{
    /// <summary>Days after which S3 aborts an incomplete multipart upload, whose parts would otherwise be stored (and billed) forever.</summary>
    public const int AbortIncompleteUploadDays = 7;
}
