namespace IrisStack.Stack.Pipelines;

/// <summary>
/// The actions the workflows use, each at the commit its release tag named when the workflows were
/// last generated (read from the actions' own repositories). Updating one is a change here and a
/// regenerate, reviewed like any other.
/// </summary>
public static class PinnedActions
{
    /// <summary>actions/checkout v7.0.1.</summary>
    public static PinnedAction Checkout { get; } = new("actions/checkout", "3d3c42e5aac5ba805825da76410c181273ba90b1", "v7.0.1");

    /// <summary>actions/setup-dotnet v6.0.0 (reads the SDK version from global.json).</summary>
    public static PinnedAction SetupDotnet { get; } = new("actions/setup-dotnet", "a98b56852c35b8e3190ac28c8c2271da59106c68", "v6.0.0");

    /// <summary>aws-actions/configure-aws-credentials v6.2.3 (OIDC role assumption).</summary>
    public static PinnedAction ConfigureAwsCredentials { get; } = new("aws-actions/configure-aws-credentials", "e6de054238d6b7531b4efff3b6587d9aade6a06c", "v6.2.3");

    /// <summary>pulumi/actions v7.0.0.</summary>
    public static PinnedAction Pulumi { get; } = new("pulumi/actions", "8e5e406f4007fca908480587cb9893c07090f58d", "v7.0.0");

    /// <summary>github/codeql-action/upload-sarif v4.36.2.</summary>
    public static PinnedAction UploadSarif { get; } = new("github/codeql-action/upload-sarif", "8aad20d150bbac5944a9f9d289da16a4b0d87c1e", "v4.36.2");
}
