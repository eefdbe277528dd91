using IrisStack.Components.Graph;

namespace IrisStack.Components.Aws;

/// <summary>How a bucket encrypts objects by default.</summary>
public abstract record BucketEncryption
{
    private protected BucketEncryption()
    {
    }

    /// <summary>The bucket's <c>applyServerSideEncryptionByDefault</c> rule.</summary>
    public abstract MapValue Rule();

    /// <summary>SSE-KMS with a customer-managed key, and an S3 Bucket Key so objects do not each call KMS.</summary>
    /// <param name="KeyArn">The key's ARN.</param>
    public sealed record CustomerManagedKey(Value KeyArn) : BucketEncryption
    {
        /// <inheritdoc />
        public override MapValue Rule() => MapValue.Of(
            ("applyServerSideEncryptionByDefault", MapValue.Of(("sseAlgorithm", "aws:kms"), ("kmsMasterKeyId", KeyArn))),
            ("bucketKeyEnabled", true));
    }

    /// <summary>
    /// SSE-S3 (AES-256 with keys S3 manages): the only default encryption the S3 User Guide allows
    /// on a server access logging target bucket.
    /// </summary>
    public sealed record S3Managed : BucketEncryption
    {
        /// <inheritdoc />
        public override MapValue Rule() => MapValue.Of(
            ("applyServerSideEncryptionByDefault", MapValue.Of(("sseAlgorithm", "AES256"))));
    }
}
