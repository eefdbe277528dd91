using IrisStack.Runtime.Tests.Support;

namespace IrisStack.Runtime.Tests;

/// <summary>Security headers on every response the gateway sends, its own error pages included.</summary>
public class HeadersTests(DefaultGateway fixture) : IClassFixture<DefaultGateway>
{
    public static TheoryData<string, int> Requests => new()
    {
        { RawHttps.Get("/app/x"), 200 },
        { RawHttps.Get("/nowhere"), 403 },
        { RawHttps.Get("/app/missing"), 404 },
        { RawHttps.Request("DELETE", "/app/x", [], string.Empty).Replace("DELETE", "PROPFIND", StringComparison.Ordinal), 405 },
        { RawHttps.Request("POST", "/app/upload", ["Content-Length: 100000"]), 413 },
    };

    [Theory]
    [MemberData(nameof(Requests))]
    public async Task EveryResponse_CarriesTheSecurityHeaders(string request, int status)
    {
        var response = await fixture.SendAsync(request);

        Assert.Equal(status, response.Status);
        Assert.Equal("max-age=63072000; includeSubDomains", Assert.Single(response.All("Strict-Transport-Security")));
        Assert.Equal("nosniff", Assert.Single(response.All("X-Content-Type-Options")));
        Assert.Equal("SAMEORIGIN", Assert.Single(response.All("X-Frame-Options")));
        Assert.Equal("strict-origin-when-cross-origin", Assert.Single(response.All("Referrer-Policy")));
        Assert.Equal(fixture.Config.Headers.ContentSecurityPolicy, Assert.Single(response.All("Content-Security-Policy")));
        Assert.Equal(fixture.Config.Headers.PermissionsPolicy, Assert.Single(response.All("Permissions-Policy")));
        Assert.Equal("0", Assert.Single(response.All("X-XSS-Protection")));
    }

    [Fact]
    public async Task ErrorPages_AreStatic_AndNameNoVersion()
    {
        var response = await fixture.SendAsync(RawHttps.Get("/nowhere"));

        Assert.Equal("403 Forbidden\n", response.Body);
        Assert.Equal("text/plain", response.Header("Content-Type"));
        Assert.Equal("nginx", response.Header("Server"));
    }

    [Fact]
    public async Task UpstreamErrors_PassThrough_WithHeaders()
    {
        var response = await fixture.SendAsync(RawHttps.Get("/app/missing"));
        Assert.Equal("no such thing\n", response.Body);
    }
}
