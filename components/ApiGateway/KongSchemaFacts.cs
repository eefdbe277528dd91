using System.Collections.Immutable;
using T = IrisStack.Components.ApiGateway.KongFieldType;

namespace IrisStack.Components.ApiGateway;

/// <summary>
/// The Kong 3.4 schemas the validator checks rendered configs against: the fields of every plugin
/// and entity IrisStack renders, with type, required flag and allowed values. Sources (see
/// /work/shared/reference/kong.md): Kong/kong 3.4.2 <c>kong/plugins/&lt;p&gt;/schema.lua</c> and
/// <c>kong/db/schema/entities/{services,routes}.lua</c> for the OSS plugins and entities;
/// Kong/docs-plugin-toolkit <c>schemas/&lt;p&gt;/3.4.x.json</c> for rate-limiting-advanced,
/// request-validator and openid-connect (only the fields IrisStack may write are listed for
/// openid-connect, which has about 245).
/// </summary>
public static class KongSchemaFacts
{
    /// <summary>Fields of a service entity.</summary>
    public static readonly ImmutableArray<KongField> Service =
    [
        new("name", T.String), new("protocol", T.String, true, ["http", "https", "grpc", "grpcs", "tcp", "tls", "udp"]), new("host", T.String, true),
        new("port", T.Integer), new("path", T.String), new("retries", T.Integer), new("connect_timeout", T.Integer), new("write_timeout", T.Integer),
        new("read_timeout", T.Integer), new("tls_verify", T.Boolean), new("tls_verify_depth", T.Integer), new("ca_certificates", T.Array),
        new("enabled", T.Boolean), new("tags", T.Array), new("routes", T.Entities), new("plugins", T.Entities),
    ];

    /// <summary>Fields of a route entity (traditional_compatible router).</summary>
    public static readonly ImmutableArray<KongField> Route =
    [
        new("name", T.String), new("paths", T.Array), new("methods", T.Array), new("hosts", T.Array),
        new("protocols", T.Array, OneOf: ["http", "https", "grpc", "grpcs", "tcp", "tls", "udp", "tls_passthrough"]),
        new("https_redirect_status_code", T.Integer, OneOf: ["426", "301", "302", "307", "308"]), new("strip_path", T.Boolean), new("preserve_host", T.Boolean),
        new("regex_priority", T.Integer), new("path_handling", T.String, OneOf: ["v0", "v1"]), new("request_buffering", T.Boolean), new("response_buffering", T.Boolean),
        new("tags", T.Array), new("plugins", T.Entities),
    ];

    private static readonly ImmutableArray<KongField> Redis =
    [
        new("host", T.String), new("port", T.Integer), new("timeout", T.Integer), new("connect_timeout", T.Integer), new("send_timeout", T.Integer), new("read_timeout", T.Integer),
        new("username", T.String), new("password", T.String), new("database", T.Integer), new("keepalive_pool_size", T.Integer), new("keepalive_backlog", T.Integer),
        new("ssl", T.Boolean), new("ssl_verify", T.Boolean), new("server_name", T.String),
        new("sentinel_master", T.String), new("sentinel_role", T.String, OneOf: ["master", "slave", "any"]), new("sentinel_addresses", T.Array),
        new("sentinel_username", T.String), new("sentinel_password", T.String), new("cluster_addresses", T.Array),
    ];

    /// <summary>The config fields of each plugin IrisStack renders.</summary>
    public static readonly ImmutableDictionary<string, ImmutableArray<KongField>> Plugins = new Dictionary<string, ImmutableArray<KongField>>
    {
        ["rate-limiting-advanced"] =
        [
            new("identifier", T.String, OneOf: ["ip", "credential", "consumer", "service", "header", "path"]), new("limit", T.Array, true, Elements: T.Number),
            new("window_size", T.Array, true, Elements: T.Number), new("window_type", T.String, OneOf: ["sliding", "fixed"]),
            new("strategy", T.String, OneOf: ["local", "cluster", "redis"]), new("sync_rate", T.Number), new("namespace", T.String), new("header_name", T.String),
            new("path", T.String), new("dictionary_name", T.String), new("hide_client_headers", T.Boolean), new("retry_after_jitter_max", T.Number),
            new("enforce_consumer_groups", T.Boolean), new("consumer_groups", T.Array), new("disable_penalty", T.Boolean), new("error_code", T.Number),
            new("error_message", T.String), new("redis", T.Record, Fields: [.. Redis]),
        ],
        ["session"] =
        [
            new("secret", T.String), new("storage", T.String, OneOf: ["cookie", "kong"]), new("audience", T.String), new("idling_timeout", T.Number),
            new("rolling_timeout", T.Number), new("absolute_timeout", T.Number), new("stale_ttl", T.Number), new("cookie_name", T.String), new("cookie_path", T.String),
            new("cookie_domain", T.String), new("cookie_same_site", T.String, OneOf: ["Strict", "Lax", "None", "Default"]), new("cookie_http_only", T.Boolean),
            new("cookie_secure", T.Boolean), new("remember", T.Boolean), new("remember_cookie_name", T.String), new("remember_rolling_timeout", T.Number),
            new("remember_absolute_timeout", T.Number), new("request_headers", T.Array), new("response_headers", T.Array),
            new("logout_methods", T.Array, OneOf: ["GET", "POST", "DELETE"]), new("logout_query_arg", T.String), new("logout_post_arg", T.String),
        ],
        ["request-validator"] =
        [
            new("version", T.String, OneOf: ["kong", "draft4"]), new("body_schema", T.String), new("parameter_schema", T.Array),
            new("allowed_content_types", T.Array), new("verbose_response", T.Boolean),
        ],
        ["jwt"] =
        [
            new("uri_param_names", T.Array), new("cookie_names", T.Array), new("header_names", T.Array), new("key_claim_name", T.String),
            new("secret_is_base64", T.Boolean), new("claims_to_verify", T.Array, OneOf: ["exp", "nbf"]), new("maximum_expiration", T.Number),
            new("anonymous", T.String), new("run_on_preflight", T.Boolean),
        ],
        ["openid-connect"] =
        [
            new("issuer", T.String, true), new("auth_methods", T.Array, OneOf: ["password", "client_credentials", "authorization_code", "bearer", "introspection", "userinfo", "kong_oauth2", "refresh_token", "session"]),
            new("bearer_token_param_type", T.Array, OneOf: ["header", "cookie", "query", "body"]), new("audience_required", T.Array), new("scopes_required", T.Array),
            new("issuers_allowed", T.Array), new("verify_signature", T.Boolean), new("verify_claims", T.Boolean), new("display_errors", T.Boolean), new("leeway", T.Number),
        ],
        ["ip-restriction"] = [new("allow", T.Array), new("deny", T.Array), new("status", T.Number), new("message", T.String)],
        ["request-size-limiting"] =
        [
            new("allowed_payload_size", T.Integer), new("size_unit", T.String, OneOf: ["megabytes", "kilobytes", "bytes"]), new("require_content_length", T.Boolean),
        ],
        ["request-termination"] =
        [
            new("status_code", T.Integer), new("message", T.String), new("content_type", T.String), new("body", T.String), new("echo", T.Boolean), new("trigger", T.String),
        ],
        ["cors"] =
        [
            new("origins", T.Array), new("headers", T.Array), new("exposed_headers", T.Array),
            new("methods", T.Array, OneOf: ["GET", "HEAD", "PUT", "PATCH", "POST", "DELETE", "OPTIONS", "TRACE", "CONNECT"]), new("max_age", T.Number),
            new("credentials", T.Boolean), new("private_network", T.Boolean), new("preflight_continue", T.Boolean),
        ],
        ["correlation-id"] = [new("header_name", T.String), new("generator", T.String, OneOf: ["uuid", "uuid#counter", "tracker"]), new("echo_downstream", T.Boolean)],
        ["bot-detection"] = [new("allow", T.Array), new("deny", T.Array)],
        ["file-log"] = [new("path", T.String, true), new("reopen", T.Boolean), new("custom_fields_by_lua", T.Map)],
    }.ToImmutableDictionary(StringComparer.Ordinal);
}
