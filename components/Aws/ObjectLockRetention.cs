namespace IrisStack.Components.Aws;

/// <summary>The default Object Lock retention of every new object version.</summary>
/// <param name="Mode">Who can lift a lock early.</param>
/// <param name="Days">How long each version stays locked.</param>
public sealed record ObjectLockRetention(ObjectLockMode Mode, int Days);
