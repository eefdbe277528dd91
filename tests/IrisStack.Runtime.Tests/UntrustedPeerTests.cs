using System.Text.Json;
using IrisStack.Runtime.Tests.Support;

namespace IrisStack.Runtime.Tests;

/// <summary>X-Forwarded-For from an untrusted peer is never believed.</summary>
public class UntrustedPeerTests(DefaultGateway fixture) : IClassFixture<DefaultGateway>
{
    [Fact]
    public async Task SpoofedXForwardedFor_FromAnUntrustedPeer_IsNotTheClient()
    {
        var agent = "spoof-" + Guid.NewGuid().ToString("N");
        await fixture.SendAsync(RawHttps.Get("/app/x", $"User-Agent: {agent}", "X-Forwarded-For: 203.0.113.66"));

        var entry = LogEntry(fixture, agent);
        Assert.Equal("127.0.0.1", entry.GetProperty("client").GetString());
        Assert.Equal("127.0.0.1", fixture.Upstream.Requests.Last(r => r.Headers.GetValueOrDefault("User-Agent") == agent).Headers["X-Forwarded-For"]);
    }

    internal static JsonElement LogEntry(GatewayFixture fixture, string agent) =>
        File.ReadAllLines(fixture.Gateway.AccessLogPath)
            .Select(l => JsonDocument.Parse(l).RootElement)
            .Single(e => e.GetProperty("user_agent").GetString() == agent);
}
