using IrisStack.Runtime.Tests.Support;

namespace IrisStack.Runtime.Tests;

/// <summary>Only the configured methods reach IRIS; TRACE and TRACK never.</summary>
public class MethodTests(DefaultGateway fixture) : IClassFixture<DefaultGateway>
{
    [Theory]
    [InlineData("TRACE")]
    [InlineData("TRACK")]
    [InlineData("PROPFIND")]
    [InlineData("CONNECT")]
    public async Task MethodNotAllowed_Refused_NeverReachesTheUpstream(string method)
    {
        var probe = GatewayFixture.Probe();
        var response = await fixture.SendAsync(RawHttps.Request(method, $"/app/x?{probe}", []));

        Assert.InRange(response.Status, 400, 405);
        Assert.False(fixture.Upstream.Received(probe));
    }

    [Theory]
    [InlineData("POST")]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    [InlineData("OPTIONS")]
    public async Task AllowedMethod_ReachesTheUpstream(string method)
    {
        var probe = GatewayFixture.Probe();
        var response = await fixture.SendAsync(RawHttps.Request(method, $"/api/app/x?{probe}", [], method == "DELETE" || method == "OPTIONS" ? string.Empty : "{\"a\":1}"));

        Assert.Equal(200, response.Status);
        Assert.Contains(fixture.Upstream.Requests, r => r.Method == method && r.Target.Contains(probe, StringComparison.Ordinal));
    }
}
