using System.Globalization;
using System.Text;

namespace IrisStack.Components.ApiGateway;

/// <summary>
/// Renders kong.conf for DB-less Kong (setting names from Kong's kong.conf.default, 3.4):
/// the declarative config as the only source, a TLS-only proxy, no routable Admin API, the
/// client address taken from X-Forwarded-For of the load balancer's subnets only, and no
/// version-revealing headers.
/// </summary>
public static class KongConfRenderer
{
    /// <summary>TLS 1.2 suites: forward-secret AEAD only (TLS 1.3 suites are OpenSSL's fixed set).</summary>
    public const string Tls12Ciphers =
        "ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-CHACHA20-POLY1305:ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256";

    /// <summary>The Admin API's loopback listener, when it is on.</summary>
    public const string LoopbackAdminListen = "127.0.0.1:8444 ssl";

    /// <summary>
    /// Renders kong.conf reading the declarative config at <paramref name="declarativeConfigPath"/>
    /// and trusting the upstream's CA at <paramref name="upstreamCaPath"/>.
    /// </summary>
    public static string Render(ApiGatewayConfig config, string declarativeConfigPath, string upstreamCaPath)
    {
        ArgumentNullException.ThrowIfNull(config);
        var text = new StringBuilder();
        Line(text, "# Kong (InterSystems API Manager) in DB-less mode; rendered by IrisStack, do not edit.");
        Line(text, "database = off");
        Line(text, "declarative_config = " + declarativeConfigPath);
        Line(text, "# TLS only: no plain-HTTP listener.");
        Line(text, $"proxy_listen = 0.0.0.0:{config.ProxyPort.ToString(CultureInfo.InvariantCulture)} ssl");
        Line(text, "# ssl_protocols and ssl_ciphers apply only with ssl_cipher_suite = custom (kong.conf.default).");
        Line(text, "ssl_cipher_suite = custom");
        Line(text, "ssl_protocols = TLSv1.2 TLSv1.3");
        Line(text, "ssl_ciphers = " + Tls12Ciphers);
        Line(text, "admin_listen = " + config.AdminApi switch
        {
            AdminApi.Off => "off",
            AdminApi.Loopback => LoopbackAdminListen,
            _ => throw new ArgumentOutOfRangeException(nameof(config), config.AdminApi, "Unknown Admin API setting."),
        });
        // Kong Manager and the status API would otherwise listen on 0.0.0.0 (admin_gui_listen's default).
        Line(text, "admin_gui_listen = off");
        Line(text, "# The status API on the pod's port for the kubelet's probes only: in no Service, admitted by no NetworkPolicy.");
        Line(text, $"status_listen = 0.0.0.0:{ApiGatewayArtifacts.StatusPort.ToString(CultureInfo.InvariantCulture)}");
        if (config.TrustedIps.Length > 0)
        {
            Line(text, "trusted_ips = " + string.Join(",", config.TrustedIps.Select(c => c.ToString())));
        }

        Line(text, "real_ip_header = X-Forwarded-For");
        Line(text, "real_ip_recursive = on");
        Line(text, "# No Server, Via or X-Kong-* headers revealing the product and version.");
        Line(text, "headers = off");
        Line(text, "# The Web Gateway's CA: the service has tls_verify and no ca_certificates, so nginx's trust store applies.");
        Line(text, "nginx_proxy_proxy_ssl_trusted_certificate = " + upstreamCaPath);
        Line(text, "lua_ssl_trusted_certificate = system");
        Line(text, "untrusted_lua = sandbox");
        return text.ToString();
    }

    private static void Line(StringBuilder text, string line) => text.Append(line).Append('\n');
}
