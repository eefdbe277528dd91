using System.Collections.Immutable;
using IrisStack.Components.Kubernetes;

namespace IrisStack.Components.WebGateway;

/// <summary>
/// The secure defaults of the Web Gateway: the lists a stack gets unless it sets its own. The
/// policies check rendered configurations against the same lists, so a stack that drops an
/// entry is flagged.
/// </summary>
public static class WebGatewayDefaults
{
    /// <summary>The gateway container's requests and limits.</summary>
    public static readonly PodResources Resources = new("250m", "256Mi", "1", "512Mi");

    /// <summary>Application paths forwarded to IRIS: entries ending in <c>/</c> are prefixes, others exact paths.</summary>
    public static readonly ImmutableArray<string> AllowedPaths =
        ["/app/", "/api/app/", "/csp/broker/cspxmlhttp.js", "/csp/broker/cspbroker.js", "/csp/app/"];

    /// <summary>
    /// Dangerous IRIS URIs, matched case-insensitively on the raw and the decoded request:
    /// entries starting with <c>/</c> are path prefixes, others substrings of the decoded path
    /// (their raw form has <c>%</c> encoded as <c>%25</c>).
    /// </summary>
    public static readonly ImmutableArray<string> BlockedUris =
    [
        "%CSP.Login.cls",
        "%CSP.PasswordChange.cls",
        "%login",
        "%ZEN.SVGComponent.svgPage",
        "/csp/sys/",
        "/csp/bin/Systems/",
        "/csp/docbook/",
        "/csp/documatic/",
        "/api/atelier/",
        "/api/mgmnt/",
    ];

    /// <summary>
    /// Administrative areas: no allow-list entry may open them; only <c>adminPaths</c>, restricted
    /// to <c>adminCidrs</c>, may. (The published reference allow-lists /csp/bin/Systems/Module.cxw.)
    /// </summary>
    public static readonly ImmutableArray<string> AdministrativePaths =
        ["/csp/sys/", "/csp/bin/Systems/", "/api/atelier/", "/api/mgmnt/"];

    /// <summary>File extensions never served: office documents, backups, editor swap files, IRIS and gateway configuration, logs, dumps, keys.</summary>
    public static readonly ImmutableArray<string> DeniedFileTypes =
        ["ppt", "pptx", "bak", "old", "orig", "swp", "tmp", "cpf", "ini", "conf", "cfg", "log", "sql", "key", "pem"];

    /// <summary>HTTP methods forwarded; TRACE and TRACK are refused whatever the configuration says.</summary>
    public static readonly ImmutableArray<string> AllowedMethods =
        ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];

    /// <summary>Methods that are refused always (cross-site tracing).</summary>
    public static readonly ImmutableArray<string> ForbiddenMethods = ["TRACE", "TRACK"];

    /// <summary>A restrictive Content-Security-Policy for IRIS CSP and REST applications.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'self'; form-action 'self'";

    /// <summary>Browser features the applications do not use.</summary>
    public const string PermissionsPolicy =
        "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

    /// <summary>HSTS for two years (the HSTS preload list asks for at least one).</summary>
    public const int HstsMaxAgeSeconds = 63072000;

    /// <summary>One year: the shortest HSTS max-age the policies accept.</summary>
    public const int MinimumHstsMaxAgeSeconds = 31536000;

    /// <summary>The default InterSystems Web Gateway image (Nginx flavour).</summary>
    public const string Image = "containers.intersystems.com/intersystems/webgateway-nginx:2025.1";
}
