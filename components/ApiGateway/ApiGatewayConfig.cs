using System.Collections.Immutable;
using IrisStack.Components.ApiGateway.Workload;
using IrisStack.Components.Collections;
using IrisStack.Components.Config;

namespace IrisStack.Components.ApiGateway;

/// <summary>The API gateway settings (<c>iris-stack:apiGateway</c>): InterSystems API Manager (Kong) in DB-less mode, validated, every default applied.</summary>
/// <param name="ProxyPort">The TLS port Kong's proxy listens on (the tier chain's port).</param>
/// <param name="AdminApi">Whether the Admin API is off or on loopback.</param>
/// <param name="TrustedIps">The load balancer's subnets, whose X-Forwarded-For gives the client address.</param>
/// <param name="ApiPathPrefixes">Allowed paths under these are API routes; the others are browser routes and get the session plugin.</param>
/// <param name="Auth">How non-public routes authenticate.</param>
/// <param name="PublicRoutes">Allowed paths served without authentication, each with a reason.</param>
/// <param name="RateLimit">The global rate limit.</param>
/// <param name="RouteRateLimits">Per-route limits replacing the global one.</param>
/// <param name="Redis">Where the rate-limit counters live.</param>
/// <param name="Session">Session cookies on browser routes.</param>
/// <param name="RequestValidator">Validation of the CSP broker's requests.</param>
/// <param name="Cors">Cross-origin settings; no plugin when no origin is listed.</param>
/// <param name="AllowCidrs">ip-restriction allow-list (empty = every client).</param>
/// <param name="DenyCidrs">ip-restriction deny-list.</param>
/// <param name="MaxPayloadKilobytes">Largest request body accepted.</param>
/// <param name="BotDeny">Extra User-Agent PCREs refused besides Kong's built-in bot list.</param>
/// <param name="Maintenance">Maintenance mode: every request gets a 503 JSON body.</param>
/// <param name="MaintenanceMessage">The message in the 503 body.</param>
/// <param name="CorrelationHeader">The request-id header added upstream and echoed to the client.</param>
/// <param name="AccessLogPath">Where file-log writes its JSON lines.</param>
/// <param name="Workload">The Kong Deployment: image, replicas, budget, spread and resources.</param>
public sealed record ApiGatewayConfig(
    int ProxyPort,
    AdminApi AdminApi,
    EquatableArray<Ipv4Cidr> TrustedIps,
    EquatableArray<string> ApiPathPrefixes,
    AuthSettings Auth,
    EquatableArray<PublicRoute> PublicRoutes,
    RateLimit RateLimit,
    EquatableArray<RouteRateLimit> RouteRateLimits,
    RedisSettings Redis,
    SessionSettings Session,
    RequestValidatorSettings RequestValidator,
    CorsSettings Cors,
    EquatableArray<Ipv4Cidr> AllowCidrs,
    EquatableArray<Ipv4Cidr> DenyCidrs,
    int MaxPayloadKilobytes,
    EquatableArray<string> BotDeny,
    bool Maintenance,
    string MaintenanceMessage,
    string CorrelationHeader,
    string AccessLogPath,
    ApiGatewayWorkload Workload)
{
    /// <summary>Reads and validates the section; <paramref name="allowedPaths"/> is the Web Gateway's allow-list, which every route comes from.</summary>
    public static ApiGatewayConfig Read(ConfigSection section, IReadOnlyList<string> allowedPaths)
    {
        ArgumentNullException.ThrowIfNull(section);
        var proxyPort = section.Int("proxyPort", 8443, "TLS port of Kong's proxy (the tier chain's port)", 1024, 65535);
        var admin = section.Enum("adminApi", AdminApi.Off, "Admin API: off, or loopback (127.0.0.1 inside the pod); never routable");
        var trusted = Cidrs(section, "trustedIps", "The load balancer's subnets, whose X-Forwarded-For is believed; empty = the TCP peer is the client", "trusts every peer, so any client could forge its address in X-Forwarded-For");
        var apiPrefixes = section.StringList("apiPathPrefixes", ["/api/"], "Allowed paths under these are API routes; the others are browser routes with sessions",
            p => p.StartsWith('/') && p.EndsWith('/') ? null : $"'{p}' is not a path prefix (/…/).");
        var auth = AuthSettings.Read(section.Section("auth", "Authentication of every non-public route"));
        var publicRoutes = PublicRoute.ReadAll(section);
        var rateLimit = RateLimit.Read(section.Section("rateLimit", "The global rate limit (rate-limiting-advanced, sliding windows, Redis)"), ["100", "1000"], ["60", "3600"], "iris-api");
        var routeLimits = RouteRateLimit.ReadAll(section);
        var redis = RedisSettings.Read(section.Section("redis", "The managed Redis (ElastiCache) for the rate-limit counters (TLS, verified, AUTH token)"));
        var session = SessionSettings.Read(section.Section("session", "Session cookies on browser routes"));
        var validator = RequestValidatorSettings.Read(section.Section("requestValidator", "request-validator on the CSP broker's routes"));
        var cors = CorsSettings.Read(section.Section("cors", "Cross-origin requests"));
        var allow = Cidrs(section, "allowCidrs", "ip-restriction allow-list; empty = every client", "admits every client, which is the same as no allow-list; leave it empty instead");
        var deny = Cidrs(section, "denyCidrs", "ip-restriction deny-list", "would refuse every client");
        var payload = section.Int("maxPayloadKilobytes", 10240, "Largest request body accepted, in KiB (request-size-limiting)", 1, 1048576);
        var bots = section.StringList("botDeny", [], "Extra User-Agent PCREs refused besides Kong's built-in bot list");
        var maintenance = section.Bool("maintenance", false, "Maintenance mode: every request gets 503 with a JSON body");
        var message = section.String("maintenanceMessage", "Service under maintenance", "Message in the maintenance 503 body",
            m => m.Length is > 0 and <= 200 && !m.Any(char.IsControl) ? null : "must be 1 to 200 printable characters.");
        var correlation = section.String("correlationHeader", "X-Request-ID", "Request-id header added upstream and echoed to the client",
            h => KongNames.IsName(h) ? null : $"'{h}' is not a header name.");
        var logPath = section.String("accessLogPath", "/dev/stdout", "Where file-log writes JSON access lines",
            p => p.StartsWith('/') && !p.Any(c => c is '*' or '&' or '%' or '`' || char.IsWhiteSpace(c)) ? null : $"'{p}' is not an absolute path Kong accepts (no *, &, %, ` or spaces).");

        foreach (var (route, i) in publicRoutes.Select((r, i) => (r, i)).Where(p => p.r.Path.Length > 0 && !allowedPaths.Contains(p.r.Path)))
        {
            section.Error($"publicRoutes[{i}].path", $"'{route.Path}' is not an allowed path, so there is no such route.", $"use one of the allowed paths: {string.Join(", ", allowedPaths)}.");
        }

        foreach (var (route, i) in routeLimits.Select((r, i) => (r, i)).Where(p => p.r.Path.Length > 0 && !allowedPaths.Contains(p.r.Path)))
        {
            section.Error($"routeRateLimits[{i}].path", $"'{route.Path}' is not an allowed path, so there is no such route.", $"use one of the allowed paths: {string.Join(", ", allowedPaths)}.");
        }

        var workload = ApiGatewayWorkload.Read(section.Section("workload", "Kong's Deployment: image, replicas, disruption budget, anti-affinity, resources"));
        section.RejectUnknownKeys();
        return new ApiGatewayConfig(proxyPort, admin, trusted, apiPrefixes, auth, [.. publicRoutes], rateLimit, [.. routeLimits], redis, session, validator, cors,
            allow, deny, payload, bots, maintenance, message, correlation, logPath, workload);
    }

    private static ImmutableArray<Ipv4Cidr> Cidrs(ConfigSection section, string key, string description, string whenWorld) =>
        [.. section.StringList(key, [], description,
            c => c.Trim() is "::/0" or "0.0.0.0/0" ? $"'{c}' {whenWorld}."
                : c.Contains(':', StringComparison.Ordinal) ? $"'{c}' is IPv6; the cluster's networks are IPv4."
                : Ipv4Cidr.TryParse(c, out var problem) is { Prefix: 0 } ? $"'{c}' {whenWorld}." : problem,
            "list IPv4 CIDR blocks such as 10.0.0.0/20.")
            .Select(Ipv4Cidr.Parse)];
}
