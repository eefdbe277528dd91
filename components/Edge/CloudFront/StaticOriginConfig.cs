using IrisStack.Components.Collections;

namespace IrisStack.Components.Edge.CloudFront;

/// <summary>The optional static-content origin: a private S3 bucket CloudFront reads through Origin Access Control.</summary>
/// <param name="Paths">The path patterns served from the bucket instead of the application.</param>
public sealed record StaticOriginConfig(EquatableArray<string> Paths);
