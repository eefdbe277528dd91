using Pulumi;

namespace IrisStack.Pulumi;

/// <summary>An IRIS REST application.</summary>
public sealed class IrisApplicationArgs : ResourceArgs
{
    /// <summary>Application path, such as /api/app.</summary>
    [Input("name", required: true)]
    public string Name { get; set; } = null!;

    /// <summary>The namespace it runs in, one of the databases' namespaces.</summary>
    [Input("namespace", required: true)]
    public string Namespace { get; set; } = null!;

    /// <summary>The %CSP.REST subclass that dispatches its requests.</summary>
    [Input("dispatchClass", required: true)]
    public string DispatchClass { get; set; } = null!;

    /// <summary>The resource a user needs Use on to run it.</summary>
    [Input("resource", required: true)]
    public string Resource { get; set; } = null!;

    /// <summary>Authentication method: password (default), kerberos, ldap or delegated; unauthenticated access is not offered.</summary>
    [Input("authentication")]
    public string? Authentication { get; set; }
}
