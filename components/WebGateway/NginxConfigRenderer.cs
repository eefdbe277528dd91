using System.Globalization;
using System.Text;

namespace IrisStack.Components.WebGateway;

/// <summary>
/// Renders the complete, hardened nginx.conf of the Web Gateway from its settings and a profile.
/// Pure: the same settings and profile give the same bytes. Only the hand-off directives inside
/// the allowed locations come from the profile; everything security-relevant is rendered here.
/// </summary>
public static class NginxConfigRenderer
{
    /// <summary>TLS 1.2 suites: ECDHE key exchange (forward secrecy) with AEAD ciphers only. TLS 1.3 suites are all AEAD and FS.</summary>
    public const string Tls12Ciphers =
        "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-CHACHA20-POLY1305";

    /// <summary>The gateway's own error responses: static text, nothing about the software behind.</summary>
    public static readonly IReadOnlyList<(int Code, string Reason)> ErrorPages =
    [
        (400, "Bad Request"), (403, "Forbidden"), (404, "Not Found"), (405, "Method Not Allowed"), (408, "Request Timeout"),
        (413, "Content Too Large"), (414, "URI Too Long"), (429, "Too Many Requests"), (500, "Internal Server Error"),
        (502, "Bad Gateway"), (503, "Service Unavailable"), (504, "Gateway Timeout"),
    ];

    /// <summary>The settings below <c>webGateway</c> that nginx.conf is rendered from, so a finding on it can name the one it concerns.</summary>
    public static readonly IReadOnlyList<string> Settings =
    [
        "allowedPaths", "adminPaths", "adminCidrs", "blockedUris", "deniedFileTypes", "allowedMethods", "trustedProxyCidrs",
        "headers.hstsMaxAgeSeconds", "headers.contentSecurityPolicy", "headers.permissionsPolicy", "headers.referrerPolicy",
        "limits.maxBodySize", "limits.clientBodyBufferSize", "limits.clientHeaderBufferSize", "limits.largeHeaderBufferCount",
        "limits.largeHeaderBufferSize", "limits.clientHeaderTimeoutSeconds", "limits.clientBodyTimeoutSeconds", "limits.sendTimeoutSeconds",
        "limits.keepaliveTimeoutSeconds", "limits.requestsPerSecond", "limits.requestBurst", "limits.connectionsPerClient",
    ];

    /// <summary>Renders nginx.conf; <paramref name="title"/> names the stack in the header comment.</summary>
    public static string Render(WebGatewayConfig config, NginxProfile profile, string title)
    {
        var w = new ConfWriter();
        w.Line($"# IrisStack Web Gateway ({title}). Rendered from the stack configuration; do not edit.");
        if (profile.User is { } user)
        {
            w.Line($"user {user};");
        }

        w.Line("worker_processes auto;");
        w.Line($"pid {profile.PidFile};");
        // Error-level only: nginx's warn/info lines quote the full request line, query string included.
        w.Line($"error_log {profile.ErrorLog} error;");
        w.Open("events");
        w.Line("worker_connections 1024;");
        w.Close();
        w.Open("http");
        w.Line("server_tokens off;");
        w.Line("default_type application/octet-stream;");
        foreach (var temp in new[] { "client_body", "proxy", "fastcgi", "uwsgi", "scgi" })
        {
            w.Line($"{temp}_temp_path {profile.TempRoot}/{temp}_temp;");
        }

        Limits(w, config.Limits);
        RealIp(w, config);
        Logging(w, profile);
        Maps(w, config.Uris);
        Server(w, config, profile);
        w.Close();
        return w.ToString();
    }

    private static void Limits(ConfWriter w, RequestLimits limits)
    {
        w.Blank("Request limits: a second line behind the API gateway; header buffers admit a large JWT.");
        w.Line($"client_max_body_size {limits.MaxBodySize};");
        w.Line($"client_body_buffer_size {limits.ClientBodyBufferSize};");
        w.Line($"client_header_buffer_size {limits.ClientHeaderBufferSize};");
        w.Line($"large_client_header_buffers {limits.LargeHeaderBufferCount} {limits.LargeHeaderBufferSize};");
        w.Line($"client_header_timeout {Seconds(limits.ClientHeaderTimeoutSeconds)};");
        w.Line($"client_body_timeout {Seconds(limits.ClientBodyTimeoutSeconds)};");
        w.Line($"send_timeout {Seconds(limits.SendTimeoutSeconds)};");
        w.Line($"keepalive_timeout {Seconds(limits.KeepaliveTimeoutSeconds)};");
        w.Line("reset_timedout_connection on;");
        w.Line($"limit_req_zone $binary_remote_addr zone={NginxNames.RequestZone}:10m rate={limits.RequestsPerSecond}r/s;");
        w.Line($"limit_conn_zone $binary_remote_addr zone={NginxNames.ConnectionZone}:10m;");
        w.Line("limit_req_status 429;");
        w.Line("limit_conn_status 429;");
    }

    private static void RealIp(ConfWriter w, WebGatewayConfig config)
    {
        if (config.TrustedProxyCidrs.IsEmpty)
        {
            w.Blank("Real client IP: no trusted proxies, so X-Forwarded-For is never believed.");
            return;
        }

        w.Blank("Real client IP: X-Forwarded-For is believed only from the trusted proxies.");
        foreach (var cidr in config.TrustedProxyCidrs)
        {
            w.Line($"set_real_ip_from {cidr};");
        }

        w.Line("real_ip_header X-Forwarded-For;");
        w.Line("real_ip_recursive on;");
    }

    private static void Logging(ConfWriter w, NginxProfile profile)
    {
        // Never $request, $request_uri, $args, $request_body, $http_authorization or $http_cookie:
        // the path is the normalised one, without the query string.
        w.Blank("Security log: one JSON object per request; no body, credentials, cookies or query strings.");
        w.Line($"log_format {NginxNames.LogFormat} escape=json '{{'");
        var fields = new (string Name, string Value, bool Quoted)[]
        {
            ("time", "$time_iso8601", true), ("client", "$remote_addr", true), ("peer", "$realip_remote_addr", true),
            ("method", "$request_method", true), ("path", "$uri", true), ("status", "$status", false),
            ("bytes", "$body_bytes_sent", false), ("duration", "$request_time", false), ("tls", "$ssl_protocol", true),
            ("user_agent", "$http_user_agent", true), ("x_forwarded_for", "$http_x_forwarded_for", true), ("request_id", "$request_id", true),
        };
        for (var i = 0; i < fields.Length; i++)
        {
            var (name, value, quoted) = fields[i];
            var text = quoted ? $"\"{value}\"" : value;
            w.Line($"    '\"{name}\":{text}{(i < fields.Length - 1 ? "," : string.Empty)}'");
        }

        w.Line("    '}';");
        w.Line($"access_log {profile.AccessLog} {NginxNames.LogFormat};");
    }

    private static void Maps(ConfWriter w, UriPolicy uris)
    {
        w.Blank("Methods: only the configured ones (TRACE and TRACK never).");
        Map(w, "$request_method", NginxNames.MethodAllowed, "0", [(NginxPatterns.Methods(uris.AllowedMethods), "1")]);

        w.Blank("Ambiguous encodings in the raw path are refused outright.");
        Map(w, "$request_uri", NginxNames.Ambiguous, "0", [.. NginxPatterns.Ambiguous.Select(a => (a.Pattern, "1"))]);

        w.Blank("Denied file types and dotfiles, on the normalised path.");
        Map(w, "$uri", NginxNames.DeniedFile, "0", [(NginxPatterns.DeniedTypes(uris.DeniedFileTypes), "1"), (NginxPatterns.Dotfile, "1")]);

        w.Blank("Block-list of dangerous IRIS URIs, case-insensitive, on the raw request and on the normalised path.");
        Map(w, "$request_uri", NginxNames.BlockedRaw, "0", [.. uris.BlockedUris.Select(b => (NginxPatterns.BlockedRaw(b), "1"))]);
        Map(w, "$uri", NginxNames.BlockedDecoded, "0", [.. uris.BlockedUris.Select(b => (NginxPatterns.BlockedDecoded(b), "1"))]);
        Map(w, "$uri", NginxNames.AdminPath, "0", [.. uris.AdminPaths.Select(p => (NginxPatterns.AdminPath(p), "1"))]);

        w.Blank("Admin paths skip the block-list: their location admits only the admin CIDRs.");
        Map(w, $"{NginxNames.BlockedRaw}{NginxNames.BlockedDecoded}{NginxNames.AdminPath}", NginxNames.Blocked, "1", [("000", "0"), ("~1$", "0")]);
    }

    private static void Map(ConfWriter w, string source, string variable, string @default, IReadOnlyList<(string Key, string Value)> entries)
    {
        w.Open($"map \"{source}\" {variable}");
        w.Line($"default {@default};");
        foreach (var (key, value) in entries)
        {
            w.Line($"\"{key}\" {value};");
        }

        w.Close();
    }

    private static void Server(ConfWriter w, WebGatewayConfig config, NginxProfile profile)
    {
        w.Blank();
        w.Open("server");
        w.Line($"listen {profile.Listen} ssl default_server;");
        w.Line("server_name _;");

        w.Blank("TLS: 1.2 and 1.3 only, forward-secret AEAD suites, no session tickets.");
        w.Line($"ssl_certificate {profile.CertificateFile};");
        w.Line($"ssl_certificate_key {profile.KeyFile};");
        w.Line("ssl_protocols TLSv1.2 TLSv1.3;");
        w.Line($"ssl_ciphers {Tls12Ciphers};");
        w.Line("ssl_prefer_server_ciphers on;");
        w.Line("ssl_ecdh_curve X25519:prime256v1:secp384r1;");
        w.Line("ssl_session_cache shared:wg_tls:10m;");
        w.Line("ssl_session_timeout 1h;");
        w.Line("ssl_session_tickets off;");

        // add_header is inherited only by levels that define none: no location below adds a
        // header, so every response carries these, and 'always' covers error responses too.
        var h = config.Headers;
        w.Blank("Security headers on every response, error pages included. X-XSS-Protection 0: OWASP now advises against the legacy '1; mode=block'.");
        w.Line($"add_header Strict-Transport-Security \"max-age={h.HstsMaxAgeSeconds}; includeSubDomains\" always;");
        w.Line("add_header X-Content-Type-Options \"nosniff\" always;");
        w.Line("add_header X-Frame-Options \"SAMEORIGIN\" always;");
        w.Line($"add_header Referrer-Policy \"{h.ReferrerPolicy}\" always;");
        w.Line($"add_header Content-Security-Policy \"{h.ContentSecurityPolicy}\" always;");
        w.Line($"add_header Permissions-Policy \"{h.PermissionsPolicy}\" always;");
        w.Line("add_header X-XSS-Protection \"0\" always;");

        w.Blank("Static error pages that say nothing about what runs behind.");
        foreach (var (code, _) in ErrorPages.Where(e => e.Code != 400))
        {
            w.Line($"error_page {code} {NginxNames.ErrorLocationPrefix}{code};");
        }

        // A request nginx could not parse has no URI, and nginx cannot redirect such a request to
        // a named location: 400 uses an internal URI location. 494: header too large; 495-497:
        // client-certificate and plain-HTTP-on-TLS errors.
        w.Line($"error_page 400 494 495 496 497 =400 {NginxNames.BadRequestLocation};");

        w.Blank("Per-client limits.");
        w.Line(config.Limits.RequestBurst > 0
            ? $"limit_req zone={NginxNames.RequestZone} burst={config.Limits.RequestBurst} nodelay;"
            : $"limit_req zone={NginxNames.RequestZone} nodelay;");
        w.Line($"limit_conn {NginxNames.ConnectionZone} {config.Limits.ConnectionsPerClient};");

        w.Blank("Refusals, checked before any location: nothing refused here reaches IRIS.");
        w.Block($"if ({NginxNames.Ambiguous})", "return 403;");
        w.Block($"if ({NginxNames.MethodAllowed} = 0)", "return 405;");
        w.Block($"if ({NginxNames.DeniedFile})", "return 403;");
        w.Block($"if ({NginxNames.Blocked})", "return 403;");

        w.Blank("URI allow-list on the normalised path: only these locations reach IRIS.");
        foreach (var path in config.Uris.AllowedPaths)
        {
            w.Open(path.EndsWith('/') ? $"location ^~ {path}" : $"location = {path}");
            foreach (var line in profile.HandOff())
            {
                w.Line(line);
            }

            w.Close();
        }

        foreach (var path in config.Uris.AdminPaths)
        {
            w.Open($"location ^~ {path}");
            foreach (var cidr in config.Uris.AdminCidrs)
            {
                w.Line($"allow {cidr};");
            }

            w.Line("deny all;");
            foreach (var line in profile.HandOff())
            {
                w.Line(line);
            }

            w.Close();
        }

        // A prefix without its slash would get nginx's automatic 301 to the slashed form in the
        // local profile (proxy_pass) but not in the cluster: refuse it in both.
        var exact = config.Uris.AllowedPaths.Where(p => !p.EndsWith('/')).ToHashSet(StringComparer.Ordinal);
        foreach (var bare in config.Uris.AllowedPaths.Concat(config.Uris.AdminPaths)
            .Where(p => p.Length > 1 && p.EndsWith('/')).Select(p => p.TrimEnd('/')).Where(p => !exact.Contains(p)).Distinct(StringComparer.Ordinal))
        {
            w.Block($"location = {bare}", "return 403;");
        }

        w.Block("location /", "return 403;");
        foreach (var (code, reason) in ErrorPages)
        {
            w.Open(code == 400 ? $"location = {NginxNames.BadRequestLocation}" : $"location {NginxNames.ErrorLocationPrefix}{code}");
            if (code == 400)
            {
                w.Line("internal;");
            }

            w.Line("default_type text/plain;");
            w.Line($"return {code} \"{code} {reason}\\n\";");
            w.Close();
        }

        w.Close();
    }

    private static string Seconds(int seconds) => seconds.ToString(CultureInfo.InvariantCulture) + "s";

    private sealed class ConfWriter
    {
        private readonly StringBuilder text = new();
        private int depth;

        public void Line(string line) => text.Append(' ', depth * 4).Append(line).Append('\n');

        public void Blank(string? comment = null)
        {
            text.Append('\n');
            if (comment is not null)
            {
                Line("# " + comment);
            }
        }

        public void Open(string header)
        {
            Line(header + " {");
            depth++;
        }

        public void Close()
        {
            depth--;
            Line("}");
        }

        public void Block(string header, string body) => Line($"{header} {{ {body} }}");

        public override string ToString() => text.ToString();
    }
}
