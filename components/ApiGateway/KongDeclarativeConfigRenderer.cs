using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using IrisStack.Components.Graph;
using Map = System.Collections.Generic.List<System.Collections.Generic.KeyValuePair<string, object?>>;

namespace IrisStack.Components.ApiGateway;

/// <summary>
/// Renders Kong's DB-less declarative config (<c>_format_version: "3.0"</c>): the Web Gateway as
/// the one HTTPS service, verified against its CA; one route per allowed path (the Web Gateway's
/// own allow-list, so the lists cannot drift); global plugins for what holds everywhere and
/// per-route plugins for authentication, sessions and validation. Field names are Kong 3.4's
/// (IAM 3.4), from the plugin schemas in the project's Kong reference.
/// </summary>
public static class KongDeclarativeConfigRenderer
{
    /// <summary>
    /// Renders kong.yml; <paramref name="secrets"/> (session secret, Redis token) stay <see cref="SecretValue"/> parts and
    /// <paramref name="redisHost"/> (the replication group's endpoint, an output) a reference part.
    /// </summary>
    public static KongDeclarativeConfig Render(ApiGatewayConfig config, IReadOnlyList<string> allowedPaths, KongUpstream upstream, Value redisHost, ApiGatewaySecrets secrets)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(allowedPaths);
        ArgumentNullException.ThrowIfNull(upstream);
        ArgumentNullException.ThrowIfNull(redisHost);
        ArgumentNullException.ThrowIfNull(secrets);
        var root = new Map
        {
            new("_format_version", "3.0"),
            new("services", new[]
            {
                new Map
                {
                    new("name", KongNames.Service),
                    new("protocol", "https"),
                    new("host", upstream.Host),
                    new("port", upstream.Port),
                    // No ca_certificates entity: the CA is a tls provider output, and a multi-line
                    // output cannot be indented into a YAML block. Kong then verifies against
                    // nginx's trust store, which kong.conf points at the mounted CA file.
                    new("tls_verify", true),
                    new("routes", allowedPaths.SelectMany(p => Routes(config, p, redisHost, secrets)).ToArray()),
                },
            }),
        };
        if (config.Auth.Plugin == AuthPlugin.Jwt)
        {
            root.Add(new("consumers", new[]
            {
                new Map
                {
                    new("username", KongNames.JwtConsumer),
                    new("jwt_secrets", new[] { new Map { new("key", config.Auth.Issuer), new("algorithm", "RS256"), new("rsa_public_key", new YamlTree.Literal(config.Auth.PublicKeyPem.TrimEnd() + "\n")) } }),
                },
            }));
        }

        root.Add(new("plugins", GlobalPlugins(config, redisHost, secrets)));
        return YamlTree.Write(root);
    }

    /// <summary>
    /// The Kong route path of an allowed path, with the Web Gateway's meaning: an entry ending in
    /// <c>/</c> is a prefix (a plain Kong path is a prefix); any other entry is exact, which Kong
    /// expresses only as a regex path (<c>~</c>, anchored at the start by Kong, <c>$</c> here).
    /// </summary>
    public static string RoutePath(string allowedPath)
    {
        ArgumentNullException.ThrowIfNull(allowedPath);
        return allowedPath.EndsWith('/') ? allowedPath : "~" + allowedPath.Replace(".", "\\.", StringComparison.Ordinal) + "$";
    }

    /// <summary>The tag prefix of a route served without authentication; the tag goes on with the config's reason.</summary>
    public const string PublicTagPrefix = "public:";

    /// <summary>
    /// The tag marking a public route: <see cref="PublicTagPrefix"/> and the reason, each character
    /// Kong refuses in a tag (anything but printable ASCII without <c>,</c> and <c>/</c>, a space or
    /// UTF-8; kong/db/schema/typedefs.lua <c>validate_tag</c>) replaced by <c>-</c>.
    /// </summary>
    public static string PublicTag(string reason)
    {
        ArgumentNullException.ThrowIfNull(reason);
        return PublicTagPrefix + string.Concat(reason.Trim().Select(c => c is (>= ' ' and <= '~' and not ',' and not '/') or >= '\u0080' ? c : '-'));
    }

    // A validated path gets a second route for POST carrying request-validator: with a body
    // schema the plugin refuses every request without an allowed Content-Type (its handler's
    // content_type_allowed), which would break the GETs of the broker's scripts. Kong prefers the
    // route that also matches the method.
    private static IEnumerable<Map> Routes(ApiGatewayConfig config, string path, Value redisHost, ApiGatewaySecrets secrets)
    {
        yield return Route(config, path, validated: false, redisHost, secrets);
        if (config.RequestValidator.PathPrefixes.Any(p => path.StartsWith(p, StringComparison.Ordinal)))
        {
            yield return Route(config, path, validated: true, redisHost, secrets);
        }
    }

    private static Map Route(ApiGatewayConfig config, string path, bool validated, Value redisHost, ApiGatewaySecrets secrets)
    {
        var plugins = new List<Map>();
        var publicRoute = config.PublicRoutes.FirstOrDefault(r => r.Path == path);
        var isPublic = publicRoute is not null;
        var isApi = config.ApiPathPrefixes.Any(p => path.StartsWith(p, StringComparison.Ordinal));
        if (!isPublic)
        {
            plugins.Add(Auth(config.Auth));
            if (!isApi)
            {
                plugins.Add(Session(config.Session, secrets.SessionSecret));
            }
        }

        if (validated)
        {
            plugins.Add(RequestValidator(config.RequestValidator));
        }

        if (config.RouteRateLimits.FirstOrDefault(r => r.Path == path) is { } own)
        {
            plugins.Add(RateLimiting(own.Limit, config.Redis, redisHost, secrets.RedisAuthToken));
        }

        var route = new Map
        {
            new("name", KongNames.Route(path) + (validated ? "-post" : string.Empty)),
            new("paths", One(RoutePath(path))),
        };
        if (validated)
        {
            route.Add(new("methods", One("POST")));
        }

        route.Add(new("protocols", One("https")));
        // The Web Gateway routes on the full path: Kong must not strip the matched prefix.
        route.Add(new("strip_path", false));
        if (publicRoute is not null)
        {
            // The reason travels with the route, so a policy reading the rendered file can tell a
            // route left open on purpose from one that lost its authentication.
            route.Add(new("tags", One(PublicTag(publicRoute.Reason))));
        }

        route.Add(new("plugins", plugins));
        return route;
    }

    private static Map Auth(AuthSettings auth) => auth.Plugin switch
    {
        AuthPlugin.OpenIdConnect => Plugin("openid-connect", new Map
        {
            new("issuer", auth.Issuer),
            new("auth_methods", One("bearer")),
            // Tokens only in the Authorization header: in a query string they would be logged and cached.
            new("bearer_token_param_type", One("header")),
            new("audience_required", auth.Audience.ToArray()),
            new("verify_signature", true),
            new("verify_claims", true),
            new("display_errors", false),
        }),
        AuthPlugin.Jwt => Plugin("jwt", new Map
        {
            new("uri_param_names", Array.Empty<string>()),
            new("cookie_names", Array.Empty<string>()),
            new("header_names", One("authorization")),
            new("key_claim_name", "iss"),
            new("claims_to_verify", auth.ClaimsToVerify.ToArray()),
            new("maximum_expiration", auth.MaximumExpiration),
        }),
        _ => throw new ArgumentOutOfRangeException(nameof(auth), auth.Plugin, "Unknown authentication plugin."),
    };

    private static Map Session(SessionSettings session, SecretValue secret) => Plugin("session", new Map
    {
        new("secret", secret),
        new("storage", "cookie"),
        new("cookie_name", session.CookieName),
        new("cookie_secure", true),
        new("cookie_http_only", true),
        new("cookie_same_site", "Strict"),
        new("idling_timeout", session.IdlingTimeout),
        new("rolling_timeout", session.RollingTimeout),
        new("absolute_timeout", session.AbsoluteTimeout),
    });

    private static Map RequestValidator(RequestValidatorSettings validator) => Plugin("request-validator", new Map
    {
        new("version", "kong"),
        new("body_schema", BodySchema(validator.Fields)),
        new("allowed_content_types", validator.AllowedContentTypes.ToArray()),
        new("verbose_response", false),
    });

    private static Map RateLimiting(RateLimit limit, RedisSettings redis, Value host, SecretValue authToken) => Plugin("rate-limiting-advanced", new Map
    {
        // Behind trusted_ips the client address is the real client's, so limits are per client.
        new("identifier", "ip"),
        new("limit", limit.Limits.ToArray()),
        new("window_size", limit.WindowSizes.ToArray()),
        new("window_type", "sliding"),
        new("strategy", "redis"),
        new("sync_rate", redis.SyncRate),
        new("namespace", limit.Namespace),
        new("redis", new Map
        {
            new("host", host),
            new("port", redis.Port),
            new("connect_timeout", redis.TimeoutMs),
            new("send_timeout", redis.TimeoutMs),
            new("read_timeout", redis.TimeoutMs),
            new("password", authToken),
            new("ssl", true),
            new("ssl_verify", true),
            new("server_name", redis.ServerName is { } name ? name : host),
        }),
    });

    private static List<Map> GlobalPlugins(ApiGatewayConfig config, Value redisHost, ApiGatewaySecrets secrets)
    {
        var plugins = new List<Map>
        {
            Plugin("correlation-id", new Map { new("header_name", config.CorrelationHeader), new("generator", "uuid"), new("echo_downstream", true) }),
            Plugin("bot-detection", new Map { new("allow", Array.Empty<string>()), new("deny", config.BotDeny.ToArray()) }),
        };
        if (config.AllowCidrs.Length > 0 || config.DenyCidrs.Length > 0)
        {
            var rules = new Map();
            if (config.AllowCidrs.Length > 0)
            {
                rules.Add(new("allow", config.AllowCidrs.Select(c => c.ToString()).ToArray()));
            }

            if (config.DenyCidrs.Length > 0)
            {
                rules.Add(new("deny", config.DenyCidrs.Select(c => c.ToString()).ToArray()));
            }

            rules.Add(new("status", 403));
            plugins.Add(Plugin("ip-restriction", rules));
        }

        plugins.Add(Plugin("request-size-limiting", new Map { new("allowed_payload_size", config.MaxPayloadKilobytes), new("size_unit", "kilobytes"), new("require_content_length", false) }));
        plugins.Add(RateLimiting(config.RateLimit, config.Redis, redisHost, secrets.RedisAuthToken));
        if (config.Cors.Origins.Length > 0)
        {
            plugins.Add(Plugin("cors", new Map
            {
                new("origins", config.Cors.Origins.ToArray()),
                new("methods", config.Cors.Methods.ToArray()),
                new("headers", config.Cors.Headers.ToArray()),
                new("credentials", config.Cors.Credentials),
                new("max_age", config.Cors.MaxAge),
            }));
        }

        plugins.Add(Plugin("file-log", new Map
        {
            new("path", config.AccessLogPath),
            new("reopen", false),
            new("custom_fields_by_lua", KongLogRedaction.Fields.Select(f => new KeyValuePair<string, object?>(f, "return nil")).ToList()),
        }));
        if (config.Maintenance)
        {
            plugins.Add(Plugin("request-termination", new Map
            {
                new("status_code", 503),
                new("content_type", "application/json"),
                // A JsonObject, not the reflection-based serializer, which the trimmed tool has turned off.
                new("body", new JsonObject { ["message"] = config.MaintenanceMessage }.ToJsonString()),
            }));
        }

        return plugins;
    }

    private static List<string> One(string item) => [item];

    private static Map Plugin(string name, Map settings) => new() { new("name", name), new("config", settings) };

    private static string BodySchema(IEnumerable<ValidatorField> fields)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartArray();
            foreach (var field in fields)
            {
                json.WriteStartObject();
                json.WriteStartObject(field.Name);
                json.WriteString("type", field.Type.ToString().ToLowerInvariant());
                json.WriteBoolean("required", field.Required);
                if (field.Between.Length == 2)
                {
                    json.WriteStartArray("between");
                    json.WriteNumberValue(field.Between[0]);
                    json.WriteNumberValue(field.Between[1]);
                    json.WriteEndArray();
                }

                if (field.LenMin > 0)
                {
                    json.WriteNumber("len_min", field.LenMin);
                }

                if (field.LenMax > 0)
                {
                    json.WriteNumber("len_max", field.LenMax);
                }

                if (field.Match.Length > 0)
                {
                    json.WriteString("match", field.Match);
                }

                if (field.NotMatch.Length > 0)
                {
                    json.WriteString("not_match", field.NotMatch);
                }

                json.WriteEndObject();
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
