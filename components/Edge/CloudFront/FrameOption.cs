namespace IrisStack.Components.Edge.CloudFront;

/// <summary>The <c>X-Frame-Options</c> value the response headers policy sets.</summary>
public enum FrameOption
{
    /// <summary>No page may frame the application's pages.</summary>
    Deny,

    /// <summary>Only the application's own pages may frame them (IRIS CSP and Management Portal pages use frames).</summary>
    SameOrigin,
}
