using IrisStack.Components.WebGateway;

namespace IrisStack.Runtime.Tests.Support;

/// <summary>The default allow-list and block-list.</summary>
public sealed class DefaultGateway : GatewayFixture
{
    protected override WebGatewayConfig Configure(WebGatewayConfig defaults) => defaults;
}
