using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography.X509Certificates;
using IrisStack.Cli.Gateway;
using IrisStack.Components.WebGateway;

namespace IrisStack.Runtime.Tests.Support;

/// <summary>
/// One real nginx with a rendered configuration, started exactly as <c>irisstack gateway run</c>
/// starts it (<see cref="LocalGateway"/>), in front of a recording stub upstream on loopback.
/// When nginx is missing, the fixture fails every test with the install hint.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Reliability", "CA1001", Justification = "xunit disposes fixtures through IAsyncLifetime.DisposeAsync.")]
public abstract class GatewayFixture : IAsyncLifetime
{
    private LocalGateway? gateway;
    private StubUpstream? upstream;

    /// <summary>The defaults the runtime tests start from: per-client limits high enough not to get in the way.</summary>
    public static WebGatewayConfig TestDefaults { get; } = WebGatewayConfig.Default with
    {
        Limits = RequestLimits.Default with { MaxBodySize = "64k", RequestsPerSecond = 10000, RequestBurst = 10000, ConnectionsPerClient = 1000 },
    };

    public LocalGateway Gateway => gateway ?? throw new InvalidOperationException("The gateway did not start.");

    public StubUpstream Upstream => upstream ?? throw new InvalidOperationException("The upstream did not start.");

    public X509Certificate2 Certificate { get; private set; } = null!;

    public WebGatewayConfig Config { get; private set; } = TestDefaults;

    public static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    public Task<HttpResponse> SendAsync(string request) => RawHttps.SendAsync(Gateway.Listen, Certificate, request);

    /// <summary>A unique marker to append as a query string, to tell whether one request reached the upstream.</summary>
    public static string Probe() => "probe=" + Guid.NewGuid().ToString("N");

    public async Task InitializeAsync()
    {
        upstream = new StubUpstream();
        Config = Configure(TestDefaults);
        gateway = await LocalGateway.StartAsync(Config, "runtime-tests", new IPEndPoint(IPAddress.Loopback, FreePort()), upstream.Address);
        Certificate = RawHttps.Certificate(gateway.Certificate.CertificatePem);
    }

    public async Task DisposeAsync()
    {
        if (gateway is not null)
        {
            await gateway.DisposeAsync();
        }

        if (upstream is not null)
        {
            await upstream.DisposeAsync();
        }

        Certificate?.Dispose();
    }

    protected abstract WebGatewayConfig Configure(WebGatewayConfig defaults);
}
