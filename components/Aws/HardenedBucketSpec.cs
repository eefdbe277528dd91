using System.Text.Json.Nodes;

namespace IrisStack.Components.Aws;

/// <summary>What differs between the stack's buckets.</summary>
/// <param name="Encryption">Default encryption.</param>
/// <param name="Lifecycle">What expires or moves, and when.</param>
/// <param name="ObjectLock">Object Lock's default retention; null for no Object Lock.</param>
/// <param name="PolicyStatements">Bucket policy statements besides the TLS-only deny (log delivery on a log bucket).</param>
public sealed record HardenedBucketSpec(
    BucketEncryption Encryption,
    BucketLifecycle Lifecycle,
    ObjectLockRetention? ObjectLock,
    IReadOnlyList<JsonObject> PolicyStatements);
