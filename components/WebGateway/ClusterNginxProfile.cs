namespace IrisStack.Components.WebGateway;

/// <summary>
/// The in-cluster profile: nginx inside the webgateway-nginx image hands requests to the Web
/// Gateway's NSD with the CSP module's <c>CSP on</c> and <c>CSPNSD_pass</c> directives (names
/// and defaults from the module's command table in ngx_http_csp_module.c and the Web Gateway
/// Guide, "Using the NSD with Nginx"). Files live where the Deployment mounts them.
/// </summary>
/// <param name="NsdAddress">Where the NSD listens (its default is 127.0.0.1:7038).</param>
/// <param name="Port">The unprivileged pod port nginx listens on: the Web Gateway port of the tier chain.</param>
public sealed record ClusterNginxProfile(string NsdAddress, int Port) : NginxProfile(
    Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
    WebGatewayPaths.TlsDirectory + "/tls.crt",
    WebGatewayPaths.TlsDirectory + "/tls.key",
    "/dev/stdout",
    "/dev/stderr",
    WebGatewayPaths.ScratchDirectory + "/nginx.pid",
    WebGatewayPaths.ScratchDirectory,
    null)
{
    /// <summary>The profile the Deployment uses, listening on <paramref name="port"/>.</summary>
    public static ClusterNginxProfile For(int port) => new("127.0.0.1:7038", port);

    /// <inheritdoc />
    public override IReadOnlyList<string> HandOff() => ["CSP on;", $"CSPNSD_pass {NsdAddress};"];
}
