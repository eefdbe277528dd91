using IrisStack.Runtime.Tests.Support;

namespace IrisStack.Runtime.Tests;

/// <summary>The per-client request rate: a second line behind the API gateway.</summary>
public class RateLimitTests(RateLimitedGateway fixture) : IClassFixture<RateLimitedGateway>
{
    [Fact]
    public async Task RequestsAboveTheRate_Get429WithHeaders()
    {
        var responses = new List<HttpResponse>();
        for (var i = 0; i < 4; i++)
        {
            responses.Add(await fixture.SendAsync(RawHttps.Get($"/app/x?{GatewayFixture.Probe()}")));
        }

        var limited = responses.Where(r => r.Status == 429).ToList();
        Assert.NotEmpty(limited);
        Assert.Contains(responses, r => r.Status == 200);
        Assert.All(limited, r => Assert.Equal("nosniff", r.Header("X-Content-Type-Options")));
    }
}
