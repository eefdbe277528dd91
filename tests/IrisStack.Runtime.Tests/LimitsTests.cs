using IrisStack.Runtime.Tests.Support;

namespace IrisStack.Runtime.Tests;

/// <summary>Body and header limits: big bodies get 413, a large JWT still fits, oversized headers are refused.</summary>
public class LimitsTests(DefaultGateway fixture) : IClassFixture<DefaultGateway>
{
    [Fact]
    public async Task BodyOverTheLimit_413_NeverReachesTheUpstream()
    {
        var probe = GatewayFixture.Probe();
        var response = await fixture.SendAsync(RawHttps.Request("POST", $"/app/upload?{probe}", [], new string('x', 65 * 1024)));

        Assert.Equal(413, response.Status);
        Assert.False(fixture.Upstream.Received(probe));
    }

    [Fact]
    public async Task BodyUnderTheLimit_ReachesTheUpstreamWhole()
    {
        var probe = GatewayFixture.Probe();
        var body = new string('y', 40 * 1024);
        var response = await fixture.SendAsync(RawHttps.Request("POST", $"/app/upload?{probe}", [], body));

        Assert.Equal(200, response.Status);
        Assert.Equal(body, fixture.Upstream.Requests.Single(r => r.Target.Contains(probe, StringComparison.Ordinal)).Body);
    }

    [Fact]
    public async Task LargeJwt_FitsTheHeaderBuffers()
    {
        var probe = GatewayFixture.Probe();
        var token = "eyJhbGciOiJSUzI1NiJ9." + new string('a', 10 * 1024) + ".sig";
        var response = await fixture.SendAsync(RawHttps.Get($"/api/app/x?{probe}", $"Authorization: Bearer {token}"));

        Assert.Equal(200, response.Status);
        Assert.Equal($"Bearer {token}", fixture.Upstream.Requests.Single(r => r.Target.Contains(probe, StringComparison.Ordinal)).Headers["Authorization"]);
    }

    [Fact]
    public async Task OversizedHeader_Refused_NeverReachesTheUpstream()
    {
        var probe = GatewayFixture.Probe();
        var response = await fixture.SendAsync(RawHttps.Get($"/api/app/x?{probe}", "X-Big: " + new string('b', 20 * 1024)));

        Assert.Equal(400, response.Status);
        Assert.False(fixture.Upstream.Received(probe));
        Assert.Equal("max-age=63072000; includeSubDomains", response.Header("Strict-Transport-Security"));
    }

    [Fact]
    public async Task TooManyHeaders_Refused()
    {
        var probe = GatewayFixture.Probe();
        var headers = Enumerable.Range(0, 8).Select(i => $"X-Pad-{i}: " + new string('p', 12 * 1024)).ToArray();
        var response = await fixture.SendAsync(RawHttps.Get($"/api/app/x?{probe}", headers));

        Assert.Equal(400, response.Status);
        Assert.False(fixture.Upstream.Received(probe));
    }
}
