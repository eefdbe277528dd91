using System.Collections.Immutable;
using System.Text.RegularExpressions;
using IrisStack.Components.Collections;
using IrisStack.Components.Config;

namespace IrisStack.Components.WebGateway;

/// <summary>
/// Which requests the Web Gateway forwards: the URI allow-list, the admin-only paths and the CIDRs
/// allowed to use them, the block-list of dangerous IRIS URIs, denied file types and methods.
/// </summary>
/// <param name="AllowedPaths">Forwarded paths; entries ending in <c>/</c> are prefixes, others exact.</param>
/// <param name="AdminPaths">Administrative prefixes forwarded only to clients in <paramref name="AdminCidrs"/>.</param>
/// <param name="AdminCidrs">Client networks allowed to use <paramref name="AdminPaths"/>.</param>
/// <param name="BlockedUris">Dangerous URIs refused on the raw and the decoded request (see <see cref="WebGatewayDefaults.BlockedUris"/>).</param>
/// <param name="DeniedFileTypes">File extensions refused anywhere.</param>
/// <param name="AllowedMethods">HTTP methods forwarded.</param>
public sealed partial record UriPolicy(
    EquatableArray<string> AllowedPaths,
    EquatableArray<string> AdminPaths,
    EquatableArray<Ipv4Cidr> AdminCidrs,
    EquatableArray<string> BlockedUris,
    EquatableArray<string> DeniedFileTypes,
    EquatableArray<string> AllowedMethods)
{
    /// <summary>
    /// The IRIS application paths behind the allowed and admin paths, in order: a prefix without
    /// its trailing slash, an exact path's folder (<c>/csp/broker/cspbroker.js</c> → <c>/csp/broker</c>).
    /// </summary>
    public ImmutableArray<string> ApplicationPaths =>
        [.. AllowedPaths.Concat(AdminPaths).Select(ApplicationPathOf).Distinct(StringComparer.Ordinal)];

    /// <summary>Reads the URI settings from the web gateway section.</summary>
    public static UriPolicy Read(ConfigSection section)
    {
        var allowed = section.StringList("allowedPaths", WebGatewayDefaults.AllowedPaths,
            "URI allow-list: paths forwarded to IRIS (ending in / = prefix, otherwise exact); everything else gets 403",
            PlainUriPath.Problem, "use a plain path such as /app/ or /csp/broker/cspbroker.js.");
        if (allowed.Contains("/"))
        {
            section.Error("allowedPaths", "contains '/', which forwards every path and is no allow-list at all.", "list the application paths instead, e.g. [/app/, /api/app/].");
        }

        if (section.IsEmptyList("allowedPaths"))
        {
            section.Error("allowedPaths", "is empty, so the gateway would forward nothing.", "list the application paths to forward, e.g. [/app/, /api/app/].");
        }

        var adminPaths = section.StringList("adminPaths", [],
            "Administrative path prefixes (e.g. /csp/sys/) forwarded only to clients in adminCidrs",
            p => PlainUriPath.Problem(p) ?? (p.EndsWith('/') ? null : $"'{p}' must end in / (admin paths are prefixes)."),
            "use a prefix such as /csp/sys/.");
        var adminCidrs = section.StringList("adminCidrs", [],
            "Client networks allowed to use adminPaths (after the real client IP is taken from trusted proxies)",
            c => Ipv4Cidr.TryParse(c, out var problem) is { Prefix: 0 } ? $"{c} admits every client, so the admin paths would be open to anyone." : problem,
            "list the administrators' networks, e.g. 10.0.10.0/24.").Select(Ipv4Cidr.Parse).ToImmutableArray();
        if (!adminPaths.IsEmpty && (!section.Has("adminCidrs") || section.IsEmptyList("adminCidrs")))
        {
            section.Error("adminPaths", "is set but adminCidrs is empty, so nobody could use the admin paths.", "set adminCidrs to the administrators' networks, or remove adminPaths.");
        }

        foreach (var both in adminPaths.Intersect(allowed, StringComparer.Ordinal))
        {
            section.Error("adminPaths", $"'{both}' is also in allowedPaths, which would open it to everyone.", "list it in adminPaths only.");
        }

        var blocked = section.StringList("blockedUris", WebGatewayDefaults.BlockedUris,
            "Dangerous IRIS URIs refused on the raw and decoded request, case-insensitively (/prefix or %substring)",
            ValidateBlocked, "use a path prefix such as /csp/sys/ or a page name such as %CSP.Login.cls.");
        var types = section.StringList("deniedFileTypes", WebGatewayDefaults.DeniedFileTypes,
            "File extensions refused anywhere (dotfiles such as /.git/ and /.env are always refused)",
            t => FileTypePattern().IsMatch(t) ? null : $"'{t}' is not a file extension (letters and digits, no dot).",
            "write extensions without the dot, e.g. bak.");
        var methods = section.StringList("allowedMethods", WebGatewayDefaults.AllowedMethods,
            "HTTP methods forwarded; TRACE and TRACK are always refused",
            m => WebGatewayDefaults.ForbiddenMethods.Contains(m) ? $"{m} is always refused (cross-site tracing)."
                : MethodPattern().IsMatch(m) ? null : $"'{m}' is not an HTTP method (upper-case letters).",
            "remove it.");
        if (section.IsEmptyList("allowedMethods"))
        {
            section.Error("allowedMethods", "is empty, so every request would be refused.", "list the methods the applications use, e.g. [GET, POST].");
        }

        return new UriPolicy(allowed, adminPaths, adminCidrs, blocked, types, methods);
    }

    /// <summary>The IRIS application path an allow-list entry belongs to.</summary>
    public static string ApplicationPathOf(string path)
    {
        if (path.EndsWith('/'))
        {
            return path.Length == 1 ? "/" : path.TrimEnd('/');
        }

        var slash = path.LastIndexOf('/');
        return slash <= 0 ? "/" : path[..slash];
    }

    private static string? ValidateBlocked(string entry) =>
        entry.Length < 3 || entry.Any(c => char.IsControl(c) || char.IsWhiteSpace(c) || c is '"' or '\'' or '\\' or '$' or '{' or '}' or ';')
            ? $"'{entry}' is not a usable block entry (at least 3 characters; no spaces, quotes, backslash, $, braces or ;)."
            : null;

    [GeneratedRegex("^[A-Za-z0-9]{1,16}$")]
    private static partial Regex FileTypePattern();

    [GeneratedRegex("^[A-Z]{1,20}$")]
    private static partial Regex MethodPattern();
}
