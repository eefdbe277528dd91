using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using IrisStack.Components.Graph;

namespace IrisStack.Components.WebGateway;

/// <summary>
/// Renders the Web Gateway's CSP.ini with the product's real sections and keys (Web Gateway
/// Guide, "CSP.ini Parameter Reference"): [SYSTEM], [SYSTEM_INDEX], one server access profile
/// per IRIS server, [APP_PATH_INDEX] and one [APP_PATH:&lt;path&gt;] per application path. The
/// [WEBAPP:...] sections and System_Manager_Host key of the published reference do not exist in
/// the product and are never written.
/// </summary>
public static class CspIniRenderer
{
    /// <summary>TLS 1.2 suites for the gateway-to-IRIS connection: forward-secret AEAD only.</summary>
    public const string Tls12Ciphers = NginxConfigRenderer.Tls12Ciphers;

    /// <summary>TLS 1.3 suites for the gateway-to-IRIS connection.</summary>
    public const string Tls13Ciphers = "TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256:TLS_AES_128_GCM_SHA256";

    /// <summary>The settings below <c>webGateway</c> that CSP.ini is rendered from, so a finding on it can name the one it concerns.</summary>
    public static readonly IReadOnlyList<string> Settings =
        ["systemManager", "allowedPaths", "iris.servers", "iris.superserverPort", "iris.username", "iris.password", "iris.alternativeServers"];

    /// <summary>The name of the server access profile of the server at <paramref name="index"/>.</summary>
    public static string ProfileName(int index) => "IRIS_" + index.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// Renders CSP.ini; the password is kept apart as a secret: <paramref name="password"/> (e.g. a
    /// reference to a generated password), else the configured one.
    /// </summary>
    public static CspIni Render(WebGatewayConfig config, SecretValue? password = null)
    {
        var iris = config.Iris;
        var profiles = iris.Servers.Select((_, i) => ProfileName(i)).ToImmutableArray();
        var head = new StringBuilder();
        var parts = new List<Value>();

        Section(head, "SYSTEM");
        // Management pages only from these client addresses (loopback by default); a proxy's
        // X-Forwarded-For is not trusted for that check.
        Key(head, "System_Manager", string.Join(',', config.SystemManager));
        Key(head, "Accept_X_Forwarded_For", "Disabled");
        Key(head, "SM_Timeout", "900");
        // The NSD's raw HTTP service is not needed behind nginx; InterSystems recommends disabling it.
        Key(head, "WS_Service_Status", "Disabled");
        // The file comes from a Kubernetes Secret: the management pages must not try to rewrite it.
        Key(head, "READONLY", "2");
        Key(head, "Server_Response_Timeout", "60");
        Key(head, "Queued_Request_Timeout", "60");
        Key(head, "Default_Server", profiles[0]);
        head.Append('\n');

        Section(head, "SYSTEM_INDEX");
        foreach (var profile in profiles)
        {
            Key(head, profile, "Enabled");
        }

        for (var i = 0; i < profiles.Length; i++)
        {
            head.Append('\n');
            Section(head, profiles[i]);
            Key(head, "Ip_Address", iris.Servers[i]);
            Key(head, "TCP_Port", iris.SuperserverPort.ToString(CultureInfo.InvariantCulture));
            Key(head, "Product", "2");
            Key(head, "Username", iris.Username);
            head.Append("Password=");
            parts.Add(head.ToString());
            parts.Add(password ?? iris.Password ?? new SecretValue(NullValue.Instance));
            head.Clear().Append('\n');
            // TLS to IRIS. The reference lists 4 for SSL/TLS, but InterSystems' own TLS example
            // CSP.ini (webgateway-examples, demo-compose) uses 10 with these SSLCC_ keys.
            Key(head, "Connection_Security_Level", "10");
            Key(head, "SSLCC_Protocol_Min", "16");
            Key(head, "SSLCC_Protocol_Max", "32");
            Key(head, "SSLCC_Verify_Peer", "1");
            Key(head, "SSLCC_Cipher_Suites", Tls12Ciphers);
            Key(head, "SSLCC_Cipher_Suites_1_3", Tls13Ciphers);
            Key(head, "SSLCC_CA_Certificate_File", WebGatewayPaths.TlsDirectory + "/ca.pem");
        }

        head.Append('\n');
        Section(head, "APP_PATH_INDEX");
        var appPaths = config.Uris.ApplicationPaths;
        foreach (var path in appPaths)
        {
            Key(head, path, "Enabled");
        }

        foreach (var path in appPaths)
        {
            head.Append('\n');
            Section(head, "APP_PATH:" + path);
            Key(head, "Default_Server", profiles[0]);
            Key(head, "Alternative_Servers", iris.AlternativeServers.ToString());
            for (var i = 0; i < profiles.Length; i++)
            {
                Key(head, "Alternative_Server_" + i.ToString(CultureInfo.InvariantCulture), "1~~~~~~" + profiles[i]);
            }
        }

        parts.Add(head.ToString());
        var value = InterpolationValue.Of(parts.Where(p => p is not StringValue { Value.Length: 0 }));
        return new CspIni(ValueText.Display(value), value);
    }

    private static void Section(StringBuilder text, string name) => text.Append('[').Append(name).Append("]\n");

    private static void Key(StringBuilder text, string key, string value) => text.Append(key).Append('=').Append(value).Append('\n');
}
