using IrisStack.Components.Config;

namespace IrisStack.Components.WebGateway;

/// <summary>The security headers the Web Gateway adds to every response, error pages included.</summary>
/// <param name="HstsMaxAgeSeconds">Strict-Transport-Security max-age (always with includeSubDomains).</param>
/// <param name="ContentSecurityPolicy">The Content-Security-Policy header value.</param>
/// <param name="PermissionsPolicy">The Permissions-Policy header value.</param>
/// <param name="ReferrerPolicy">The Referrer-Policy header value.</param>
public sealed record SecurityHeaders(int HstsMaxAgeSeconds, string ContentSecurityPolicy, string PermissionsPolicy, string ReferrerPolicy)
{
    private static readonly string[] ReferrerPolicies =
        ["no-referrer", "same-origin", "strict-origin", "strict-origin-when-cross-origin"];

    /// <summary>The defaults.</summary>
    public static SecurityHeaders Default { get; } = new(
        WebGatewayDefaults.HstsMaxAgeSeconds, WebGatewayDefaults.ContentSecurityPolicy, WebGatewayDefaults.PermissionsPolicy, "strict-origin-when-cross-origin");

    /// <summary>Reads <c>iris-stack:webGateway.headers</c>.</summary>
    public static SecurityHeaders Read(ConfigSection section)
    {
        var hsts = section.Int("hstsMaxAgeSeconds", WebGatewayDefaults.HstsMaxAgeSeconds,
            "Strict-Transport-Security max-age in seconds (sent with includeSubDomains)", WebGatewayDefaults.MinimumHstsMaxAgeSeconds, 157680000);
        var csp = section.String("contentSecurityPolicy", WebGatewayDefaults.ContentSecurityPolicy,
            "Content-Security-Policy sent on every response", ValidateHeaderValue);
        var permissions = section.String("permissionsPolicy", WebGatewayDefaults.PermissionsPolicy,
            "Permissions-Policy sent on every response", ValidateHeaderValue);
        var referrer = section.String("referrerPolicy", Default.ReferrerPolicy,
            $"Referrer-Policy sent on every response ({string.Join(", ", ReferrerPolicies)})",
            r => ReferrerPolicies.Contains(r) ? null : $"'{r}' leaks more than the allowed values ({string.Join(", ", ReferrerPolicies)}).");
        section.RejectUnknownKeys();
        return new SecurityHeaders(hsts, csp, permissions, referrer);
    }

    // The value lands inside a double-quoted nginx string: quotes, backslashes and $ (nginx
    // variables) would change what nginx sends.
    private static string? ValidateHeaderValue(string value) =>
        value.Length == 0 || value.Any(c => char.IsControl(c) || c is '"' or '\\' or '$' or '{' or '}')
            ? "must be a non-empty header value without quotes, backslashes, $, braces or control characters."
            : null;
}
