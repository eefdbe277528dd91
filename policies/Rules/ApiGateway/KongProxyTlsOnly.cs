using System.Collections.Immutable;
using IrisStack.Components.Graph;

namespace IrisStack.Policies.Rules.ApiGateway;

/// <summary>
/// Kong's proxy listens with TLS only and speaks TLS 1.2 and 1.3 only: every <c>proxy_listen</c>
/// entry has <c>ssl</c>, and the protocols the cipher-suite setting leaves in force are TLSv1.2 and
/// TLSv1.3 (Kong applies <c>ssl_protocols</c> only with <c>ssl_cipher_suite = custom</c>; the named
/// suites fix their own: modern 1.3, intermediate 1.2 and 1.3, fips 1.2, old 1.0 to 1.3).
/// </summary>
public sealed class KongProxyTlsOnly : KongConfPolicy
{
    private const string Fix = "Keep the proxy settings the apigateway layer renders (proxy_listen with ssl, ssl_cipher_suite = custom, ssl_protocols = TLSv1.2 TLSv1.3); do not edit the rendered kong.conf.";

    // kong.conf.default (3.4): the proxy's default listeners include a plain 0.0.0.0:8000.
    private const string DefaultProxyListen = "0.0.0.0:8000 reuseport backlog=16384, 0.0.0.0:8443 http2 ssl reuseport backlog=16384";

    private static readonly ImmutableHashSet<string> Allowed = ["TLSv1.2", "TLSv1.3"];

    /// <inheritdoc />
    public override string Id => "kong-proxy-tls-only";

    /// <inheritdoc />
    public override string Description => "Every proxy_listen entry of kong.conf has ssl, and the proxy allows TLSv1.2 and TLSv1.3 only (ssl_cipher_suite custom with ssl_protocols of those two, or a named suite without older ones); no nginx_*_ssl_protocols injection widens it.";

    /// <inheritdoc />
    public override string Rationale => "A plain-HTTP listener lets tokens and session cookies cross the network in clear; TLS 1.0 and 1.1 are deprecated (RFC 8996), and ssl_protocols alone does nothing unless the cipher suite is custom.";

    /// <inheritdoc />
    public override ImmutableArray<string> PeerIds => [];

    /// <inheritdoc />
    protected override IEnumerable<Finding> Check(ResourceNode node, KongConf conf)
    {
        var listeners = conf.Listeners("proxy_listen", DefaultProxyListen);
        if (conf.Value("proxy_listen") is null)
        {
            yield return Violation(node, Property, "proxy_listen is unset, so Kong's default applies, which includes the plain-HTTP 0.0.0.0:8000.", Fix);
        }
        else
        {
            foreach (var plain in listeners.Where(l => !l.IsTls))
            {
                yield return Violation(node, Property, $"proxy_listen '{plain.Entry}' has no ssl flag, so it serves plain HTTP.", Fix);
            }
        }

        var suite = conf.Value("ssl_cipher_suite") ?? "intermediate";
        switch (suite)
        {
            case "custom":
                var protocols = (conf.Value("ssl_protocols") ?? "TLSv1.1 TLSv1.2 TLSv1.3").Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (conf.Value("ssl_protocols") is null || protocols.Length == 0 || protocols.Any(p => !Allowed.Contains(p)))
                {
                    yield return Violation(node, Property, $"ssl_cipher_suite is custom and ssl_protocols is {conf.Value("ssl_protocols") ?? "unset (Kong 3.4's default TLSv1.1 TLSv1.2 TLSv1.3)"}; only TLSv1.2 and TLSv1.3 are allowed.", Fix);
                }

                break;
            case "modern" or "intermediate" or "fips":
                break;
            default:
                yield return Violation(node, Property, $"ssl_cipher_suite is '{suite}', which allows protocols older than TLS 1.2 (old) or is not one Kong knows.", Fix);
                break;
        }

        // Injected directives override what the cipher suite sets (kong.conf.default, "NGINX injected directives").
        foreach (var (name, value) in conf.Settings.Where(s => s.Key is "nginx_http_ssl_protocols" or "nginx_proxy_ssl_protocols").OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => (s.Key, s.Value)))
        {
            if (value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(p => !Allowed.Contains(p)))
            {
                yield return Violation(node, Property, $"{name} injects ssl_protocols '{value}' into nginx, which overrides the cipher suite with protocols older than TLS 1.2.", Fix);
            }
        }
    }
}
