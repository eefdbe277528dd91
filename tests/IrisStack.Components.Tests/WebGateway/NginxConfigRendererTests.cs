using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using IrisStack.Components.Config;
using IrisStack.Components.WebGateway;
using IrisStack.Tests.Shared;
using Snapshooter.Xunit;

namespace IrisStack.Components.Tests.WebGateway;

public class NginxConfigRendererTests
{
    private static readonly WebGatewayConfig Config = WebGatewayConfig.Default;

    private static string Render(WebGatewayConfig? config = null) =>
        NginxConfigRenderer.Render(config ?? Config, ClusterNginxProfile.For(8443), "iris-stack/test");

    [Fact]
    public void Render_SameConfig_SameBytes() => Assert.Equal(Render(), Render(Config with { }));

    [Fact]
    public void Profiles_DifferOnlyInTheHandOff()
    {
        var cluster = ClusterNginxProfile.For(8443);
        var local = new LocalNginxProfile(cluster.Listen, cluster.CertificateFile, cluster.KeyFile, cluster.AccessLog, cluster.ErrorLog, cluster.PidFile, cluster.TempRoot, cluster.User, "127.0.0.1:9");
        var handOff = cluster.HandOff().Concat(local.HandOff()).ToHashSet(StringComparer.Ordinal);
        string[] Shared(NginxProfile profile) =>
            [.. NginxConfigRenderer.Render(Config, profile, "t").Split('\n').Where(l => !handOff.Contains(l.Trim()))];

        Assert.Equal(Shared(cluster), Shared(local));
        Assert.Contains("CSPNSD_pass 127.0.0.1:7038;", Render(), StringComparison.Ordinal);
        Assert.Contains("CSP on;", Render(), StringComparison.Ordinal);
        Assert.DoesNotContain("proxy_pass", Render(), StringComparison.Ordinal);
    }

    [Fact]
    public void SecurityHeaders_OnlyAtServerLevel_AndAlways()
    {
        var lines = Render().Split('\n');
        var headers = lines.Where(l => l.TrimStart().StartsWith("add_header ", StringComparison.Ordinal)).ToArray();

        Assert.Equal(7, headers.Length);
        Assert.All(headers, h => Assert.EndsWith(" always;", h, StringComparison.Ordinal));
        Assert.All(headers, h => Assert.StartsWith("        add_header", h, StringComparison.Ordinal));
        Assert.Contains(headers, h => h.Contains("Strict-Transport-Security \"max-age=63072000; includeSubDomains\"", StringComparison.Ordinal));
        Assert.Contains(headers, h => h.Contains("X-XSS-Protection \"0\"", StringComparison.Ordinal));
        Assert.Contains(headers, h => h.Contains("X-Frame-Options \"SAMEORIGIN\"", StringComparison.Ordinal));
        Assert.Contains(headers, h => h.Contains("X-Content-Type-Options \"nosniff\"", StringComparison.Ordinal));
        Assert.Contains(headers, h => h.Contains("Content-Security-Policy \"default-src 'self';", StringComparison.Ordinal));
        Assert.Contains(headers, h => h.Contains("Permissions-Policy", StringComparison.Ordinal));
        Assert.Contains(headers, h => h.Contains("Referrer-Policy", StringComparison.Ordinal));
    }

    [Fact]
    public void Tls_OnlyModernProtocolsAndForwardSecretAeadCiphers()
    {
        var text = Render();
        Assert.Contains("ssl_protocols TLSv1.2 TLSv1.3;", text, StringComparison.Ordinal);
        Assert.Contains("ssl_prefer_server_ciphers on;", text, StringComparison.Ordinal);
        Assert.Contains("ssl_session_tickets off;", text, StringComparison.Ordinal);
        var ciphers = Regex.Match(text, "ssl_ciphers ([^;]+);").Groups[1].Value.Split(':');
        Assert.NotEmpty(ciphers);
        Assert.All(ciphers, c => Assert.Matches("^ECDHE-(ECDSA|RSA)-(AES(128|256)-GCM-SHA(256|384)|CHACHA20-POLY1305)$", c));
    }

    [Fact]
    public void AllowList_EveryPathHasItsLocation_AndEverythingElseIs403()
    {
        var text = Render();
        Assert.Contains("location ^~ /app/ {", text, StringComparison.Ordinal);
        Assert.Contains("location = /csp/broker/cspbroker.js {", text, StringComparison.Ordinal);
        Assert.Contains("location / { return 403; }", text, StringComparison.Ordinal);
        Assert.Equal(Config.Uris.AllowedPaths.Length, Regex.Count(text, "CSP on;"));
    }

    [Fact]
    public void AdminPaths_AdmitOnlyAdminCidrs()
    {
        var config = Config with { Uris = Config.Uris with { AdminPaths = ["/csp/sys/"], AdminCidrs = [Ipv4Cidr.Parse("10.9.0.0/24")] } };
        var text = Render(config);
        var location = Regex.Match(text, @"location \^~ /csp/sys/ \{(?<body>[^}]*)\}").Groups["body"].Value;

        Assert.Contains("allow 10.9.0.0/24;", location, StringComparison.Ordinal);
        Assert.Contains("deny all;", location, StringComparison.Ordinal);
        Assert.Contains("\"~^/csp/sys/\" 1;", text, StringComparison.Ordinal);
    }

    [Fact]
    public void RealIp_NoTrustedProxies_XForwardedForNeverBelieved()
    {
        Assert.DoesNotContain("set_real_ip_from", Render(), StringComparison.Ordinal);
        Assert.DoesNotContain("real_ip_header", Render(), StringComparison.Ordinal);
    }

    [Fact]
    public void RealIp_TrustedProxies_RecursiveFromXForwardedFor()
    {
        var text = Render(Config with { TrustedProxyCidrs = [Ipv4Cidr.Parse("10.20.0.0/16")] });
        Assert.Contains("set_real_ip_from 10.20.0.0/16;", text, StringComparison.Ordinal);
        Assert.Contains("real_ip_header X-Forwarded-For;", text, StringComparison.Ordinal);
        Assert.Contains("real_ip_recursive on;", text, StringComparison.Ordinal);
    }

    [Fact]
    public void SecurityLog_NeverLogsBodyCredentialsCookiesOrQuery()
    {
        var text = Render();
        var format = text[text.IndexOf("log_format", StringComparison.Ordinal)..text.IndexOf("access_log", StringComparison.Ordinal)];
        var variables = Regex.Matches(format, @"\$([a-z_0-9]+)").Select(m => m.Groups[1].Value).ToHashSet();

        Assert.Contains("uri", variables);
        Assert.Contains("remote_addr", variables);
        Assert.Contains("request_id", variables);
        Assert.Empty(variables.Intersect(["request_body", "request", "request_uri", "args", "query_string", "http_authorization", "http_cookie"]));
        Assert.DoesNotContain(variables, v => v.StartsWith("cookie_", StringComparison.Ordinal) || v.StartsWith("arg_", StringComparison.Ordinal));
    }

    [Fact]
    public void Limits_FromConfig()
    {
        var text = Render(Config with { Limits = Config.Limits with { MaxBodySize = "3m", RequestsPerSecond = 7 } });
        Assert.Contains("client_max_body_size 3m;", text, StringComparison.Ordinal);
        Assert.Contains("rate=7r/s;", text, StringComparison.Ordinal);
        Assert.Contains("large_client_header_buffers 4 16k;", text, StringComparison.Ordinal);
        Assert.Contains("client_header_timeout 10s;", text, StringComparison.Ordinal);
    }

    [Fact]
    public void RunningAsRoot_WorkersDropToNobody()
    {
        var text = NginxConfigRenderer.Render(Config, LocalNginxProfile.InPrefix("/tmp/p", "127.0.0.1:1", "127.0.0.1:2", runningAsRoot: true), "t");
        Assert.StartsWith("user nobody nogroup;", text.Split('\n')[1], StringComparison.Ordinal);
        Assert.DoesNotContain("user ", NginxConfigRenderer.Render(Config, LocalNginxProfile.InPrefix("/tmp/p", "127.0.0.1:1", "127.0.0.1:2", runningAsRoot: false), "t").Split('\n')[1], StringComparison.Ordinal);
    }

    [Property(MaxTest = 200)]
    public Property BlockEntry_AnyCaseVariant_MatchesRawAndDecoded(bool[] flips)
    {
        return Prop.ForAll(Gen.Elements<string>([.. WebGatewayDefaults.BlockedUris]).ToArbitrary(), entry =>
        {
            var variant = new string([.. entry.Select((c, i) => flips.Length > 0 && flips[i % flips.Length] ? char.ToUpperInvariant(c) : char.ToLowerInvariant(c))]);
            var decodedPath = entry.StartsWith('/') ? variant + "x" : "/app/" + variant;
            var rawPath = decodedPath.Replace("%", "%25", StringComparison.Ordinal);
            return Matches(NginxPatterns.BlockedDecoded(entry), decodedPath) && Matches(NginxPatterns.BlockedRaw(entry), rawPath + "?q=1");
        });
    }

    [Fact]
    public void DevStack_Snapshot()
    {
        var text = WebGatewayArtifacts.NginxConf(RealStacks.Config("dev").Context, RealStacks.Config("dev").WebGateway, 8443);
        Assert.Contains("set_real_ip_from 10.20.0.0/16;", text, StringComparison.Ordinal);
        Snapshot.Match(text);
    }

    // nginx's ~* is a case-insensitive PCRE; the patterns use only syntax .NET shares.
    private static bool Matches(string nginxPattern, string input) =>
        Regex.IsMatch(input, nginxPattern.TrimStart('~', '*'), nginxPattern.StartsWith("~*", StringComparison.Ordinal) ? RegexOptions.IgnoreCase : RegexOptions.None);
}
