using IrisStack.Components.Collections;
using IrisStack.Components.Config;

namespace IrisStack.Components.ApiGateway;

/// <summary>
/// The cors plugin; rendered only when origins are listed. With credentials Kong reflects any
/// request Origin when the list is empty or holds <c>*</c>, so that combination is refused.
/// </summary>
/// <param name="Origins">Allowed origins (exact <c>https://host</c>, or a PCRE that Kong anchors).</param>
/// <param name="Credentials">Whether cookies and Authorization may be sent cross-origin.</param>
/// <param name="Methods">Allowed methods.</param>
/// <param name="Headers">Allowed request headers.</param>
/// <param name="MaxAge">Seconds a preflight may be cached.</param>
public sealed record CorsSettings(EquatableArray<string> Origins, bool Credentials, EquatableArray<string> Methods, EquatableArray<string> Headers, int MaxAge)
{
    /// <summary>Reads <c>apiGateway.cors</c>.</summary>
    public static CorsSettings Read(ConfigSection section)
    {
        var origins = section.StringList("origins", [], "Allowed origins (https://host, or a PCRE); empty = no cors plugin");
        var credentials = section.Bool("credentials", false, "Allow cookies and Authorization cross-origin; never with origin *");
        var methods = section.StringList("methods", ["GET", "POST"], "Allowed cross-origin methods",
            m => m is "GET" or "HEAD" or "PUT" or "PATCH" or "POST" or "DELETE" or "OPTIONS" ? null : $"'{m}' is not a method cors may allow here (GET, HEAD, PUT, PATCH, POST, DELETE, OPTIONS).");
        var headers = section.StringList("headers", ["Authorization", "Content-Type"], "Allowed cross-origin request headers");
        var maxAge = section.Int("maxAge", 600, "Seconds a preflight may be cached", 0, 86400);
        if (credentials && origins.Contains("*"))
        {
            section.Error("origins", "holds * while credentials is true; Kong then reflects any Origin with Access-Control-Allow-Credentials, so every site could act as the user.", "list the exact origins, e.g. [https://portal.example.com], or set credentials: false.");
        }

        section.RejectUnknownKeys();
        return new CorsSettings(origins, credentials, methods, headers, maxAge);
    }
}
