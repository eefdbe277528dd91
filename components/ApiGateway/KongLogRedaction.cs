namespace IrisStack.Components.ApiGateway;

/// <summary>
/// The access-log fields file-log drops, through <c>custom_fields_by_lua</c> returning nil: Kong's
/// serializer unsets a field set to nil and reads dots as nesting (kong/pdk/log.lua,
/// <c>set_serialize_value</c>). Bodies are never part of Kong's log entry; the request path stays in
/// the route's name and paths.
/// </summary>
public static class KongLogRedaction
{
    /// <summary>Credentials, cookies and every field that carries the query string.</summary>
    public static readonly IReadOnlyList<string> Fields =
    [
        "request.headers.authorization",
        "request.headers.proxy-authorization",
        "request.headers.cookie",
        "response.headers.set-cookie",
        "request.querystring",
        "request.uri",
        "request.url",
        "upstream_uri",
    ];
}
