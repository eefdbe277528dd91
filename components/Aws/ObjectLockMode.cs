namespace IrisStack.Components.Aws;

/// <summary>The S3 Object Lock retention mode of a bucket's default retention.</summary>
public enum ObjectLockMode
{
    /// <summary>Users with <c>s3:BypassGovernanceRetention</c> may shorten or remove a lock; everyone else cannot.</summary>
    Governance,

    /// <summary>No one, the root user included, can shorten or remove a lock before it expires.</summary>
    Compliance,
}
