namespace IrisStack.Components.WebGateway;

/// <summary>The names the rendered nginx.conf uses for its variables, zones and formats, shared with the policies that read it.</summary>
public static class NginxNames
{
    /// <summary>The JSON security log format.</summary>
    public const string LogFormat = "wg_security";

    /// <summary>1 when the raw path uses an ambiguous encoding (%25, %2F, %5C, %2E, %00, \, //, ;, dot segments).</summary>
    public const string Ambiguous = "$wg_ambiguous";

    /// <summary>1 when the method is in the allowed list.</summary>
    public const string MethodAllowed = "$wg_method_allowed";

    /// <summary>1 when the decoded path names a denied file type or a dotfile.</summary>
    public const string DeniedFile = "$wg_denied_file";

    /// <summary>1 when the raw request URI matches the block-list.</summary>
    public const string BlockedRaw = "$wg_blocked_raw";

    /// <summary>1 when the decoded path matches the block-list.</summary>
    public const string BlockedDecoded = "$wg_blocked_decoded";

    /// <summary>1 when the decoded path is under an admin path (its location admits only admin CIDRs).</summary>
    public const string AdminPath = "$wg_admin_path";

    /// <summary>1 when the request must be refused by the block-list.</summary>
    public const string Blocked = "$wg_blocked";

    /// <summary>The per-client request-rate zone.</summary>
    public const string RequestZone = "wg_per_client";

    /// <summary>The per-client connection zone.</summary>
    public const string ConnectionZone = "wg_connections";

    /// <summary>Prefix of the named locations that serve the static error pages.</summary>
    public const string ErrorLocationPrefix = "@wg_error_";

    /// <summary>The internal location of the 400 page (requests nginx could not parse have no URI for a named location).</summary>
    public const string BadRequestLocation = "/wg-error-400";
}
