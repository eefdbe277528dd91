namespace IrisStack.Components.Cluster;

/// <summary>
/// The ports of the tier chain (see ../shared/reference/iris.md §4 and kong.md): what the tier
/// NetworkPolicies open and the workload layers listen on.
/// </summary>
/// <param name="ApiGatewayProxy">Kong proxy listener the load balancer targets (Kong: 8000 HTTP, 8443 HTTPS).</param>
/// <param name="WebGateway">Web Gateway pod port: nginx runs non-root, so it serves on 8443 and its Service maps 443 to it.</param>
/// <param name="IrisSuperserver">IRIS superserver: Web Gateway connections, ECP and mirroring (1972).</param>
/// <param name="IrisWebServer">IRIS web server port IKO configures (52773).</param>
/// <param name="IscAgent">ISCAgent on mirror members and the arbiter (2188).</param>
/// <param name="Redis">Redis for API gateway rate limiting (6379).</param>
public sealed record TierPorts(int ApiGatewayProxy, int WebGateway, int IrisSuperserver, int IrisWebServer, int IscAgent, int Redis)
{
    /// <summary>The products' documented ports, used unless the stack overrides them.</summary>
    public static TierPorts Default { get; } = new(8443, 8443, 1972, 52773, 2188, 6379);
}
