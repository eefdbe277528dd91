using Pulumi;

namespace IrisStack.Pulumi;

/// <summary>Security headers the Web Gateway sets on every response.</summary>
public sealed class WebGatewayHeadersArgs : ResourceArgs
{
    /// <summary>Strict-Transport-Security max-age in seconds, at least a year.</summary>
    [Input("hstsMaxAgeSeconds")]
    public int? HstsMaxAgeSeconds { get; set; }

    /// <summary>Content-Security-Policy header value.</summary>
    [Input("contentSecurityPolicy")]
    public string? ContentSecurityPolicy { get; set; }

    /// <summary>Permissions-Policy header value.</summary>
    [Input("permissionsPolicy")]
    public string? PermissionsPolicy { get; set; }

    /// <summary>Referrer-Policy header value.</summary>
    [Input("referrerPolicy")]
    public string? ReferrerPolicy { get; set; }
}
