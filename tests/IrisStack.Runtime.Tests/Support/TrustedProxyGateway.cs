using IrisStack.Components.WebGateway;

namespace IrisStack.Runtime.Tests.Support;

/// <summary>Loopback is the trusted proxy; /csp/sys/ is open to 10.99.0.0/16 only.</summary>
public sealed class TrustedProxyGateway : GatewayFixture
{
    protected override WebGatewayConfig Configure(WebGatewayConfig defaults) => defaults with
    {
        TrustedProxyCidrs = [Components.Config.Ipv4Cidr.Parse("127.0.0.1/32")],
        Uris = defaults.Uris with { AdminPaths = ["/csp/sys/"], AdminCidrs = [Components.Config.Ipv4Cidr.Parse("10.99.0.0/16")] },
    };
}
