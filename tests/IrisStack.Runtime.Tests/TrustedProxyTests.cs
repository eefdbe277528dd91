using IrisStack.Runtime.Tests.Support;

namespace IrisStack.Runtime.Tests;

/// <summary>Loopback is a trusted proxy: X-Forwarded-For gives the real client, and admin paths admit only admin CIDRs.</summary>
public class TrustedProxyTests(TrustedProxyGateway fixture) : IClassFixture<TrustedProxyGateway>
{
    [Fact]
    public async Task XForwardedFor_FromATrustedPeer_GivesTheRealClient()
    {
        var agent = "real-" + Guid.NewGuid().ToString("N");
        await fixture.SendAsync(RawHttps.Get("/app/x", $"User-Agent: {agent}", "X-Forwarded-For: 203.0.113.9"));

        var entry = UntrustedPeerTests.LogEntry(fixture, agent);
        Assert.Equal("203.0.113.9", entry.GetProperty("client").GetString());
        Assert.Equal("127.0.0.1", entry.GetProperty("peer").GetString());
    }

    [Fact]
    public async Task SpoofedEntry_LeftOfTheLastUntrustedHop_IsIgnored()
    {
        var agent = "chain-" + Guid.NewGuid().ToString("N");
        await fixture.SendAsync(RawHttps.Get("/app/x", $"User-Agent: {agent}", "X-Forwarded-For: 10.99.0.1, 203.0.113.9"));

        Assert.Equal("203.0.113.9", UntrustedPeerTests.LogEntry(fixture, agent).GetProperty("client").GetString());
    }

    [Theory]
    [InlineData("10.99.4.2", 200)]
    [InlineData("203.0.113.9", 403)]
    [InlineData(null, 403)]
    public async Task AdminPath_OnlyFromAdminCidrs(string? client, int status)
    {
        var probe = GatewayFixture.Probe();
        string[] headers = client is null ? [] : [$"X-Forwarded-For: {client}"];
        var response = await fixture.SendAsync(RawHttps.Get($"/csp/sys/UtilHome.csp?{probe}", headers));

        Assert.Equal(status, response.Status);
        Assert.Equal(status == 200, fixture.Upstream.Received(probe));
    }

    [Fact]
    public async Task AdminClient_StillCannotUseAmbiguousEncodings()
    {
        var probe = GatewayFixture.Probe();
        var response = await fixture.SendAsync(RawHttps.Get($"/csp/sys/%2e%2e/x?{probe}", "X-Forwarded-For: 10.99.4.2"));

        Assert.Equal(403, response.Status);
        Assert.False(fixture.Upstream.Received(probe));
    }
}
