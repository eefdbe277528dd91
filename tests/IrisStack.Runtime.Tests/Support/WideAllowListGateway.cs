using IrisStack.Components.WebGateway;

namespace IrisStack.Runtime.Tests.Support;

/// <summary>A deliberately wide allow-list (/csp/, /api/), so only the block-list stands between clients and the dangerous IRIS URIs.</summary>
public sealed class WideAllowListGateway : GatewayFixture
{
    protected override WebGatewayConfig Configure(WebGatewayConfig defaults) =>
        defaults with { Uris = defaults.Uris with { AllowedPaths = ["/app/", "/csp/", "/api/"] } };
}
