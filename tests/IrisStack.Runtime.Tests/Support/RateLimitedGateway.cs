using IrisStack.Components.WebGateway;

namespace IrisStack.Runtime.Tests.Support;

/// <summary>One request per second per client, no burst.</summary>
public sealed class RateLimitedGateway : GatewayFixture
{
    protected override WebGatewayConfig Configure(WebGatewayConfig defaults) =>
        defaults with { Limits = defaults.Limits with { RequestsPerSecond = 1, RequestBurst = 0 } };
}
