using IrisStack.Runtime.Tests.Support;

namespace IrisStack.Runtime.Tests;

/// <summary>The URI allow-list, enforced on the normalised path by the real nginx: nothing outside it reaches IRIS.</summary>
public class AllowListTests(DefaultGateway fixture) : IClassFixture<DefaultGateway>
{
    [Theory]
    [InlineData("/app/")]
    [InlineData("/app/index.html")]
    [InlineData("/api/app/v1/patients/42")]
    [InlineData("/csp/broker/cspxmlhttp.js")]
    [InlineData("/csp/broker/cspbroker.js")]
    [InlineData("/csp/app/Home.csp")]
    [InlineData("/app/%41bc")]
    public async Task AllowedPath_ReachesTheUpstream_AsSent(string path)
    {
        var target = $"{path}?{GatewayFixture.Probe()}";
        var response = await fixture.SendAsync(RawHttps.Get(target));

        Assert.Equal(200, response.Status);
        Assert.Equal("upstream ok\n", response.Body);
        Assert.Contains(fixture.Upstream.Requests, r => r.Target == target && r.Method == "GET");
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/index.html")]
    [InlineData("/csp/sys/UtilHome.csp")]
    [InlineData("/csp/broker/other.js")]
    [InlineData("/csp/broker/cspbroker.js/extra")]
    [InlineData("/csp/broker/")]
    [InlineData("/apix/")]
    [InlineData("/app")]
    [InlineData("/App/x")]
    [InlineData("/APP/x")]
    [InlineData("/CSP/SYS/UtilHome.csp")]
    [InlineData("/csp/App/Home.csp")]
    [InlineData("/Csp/Broker/cspbroker.js")]
    [InlineData("/api/atelier/v1/USER/doc/x.cls")]
    [InlineData("/api/mgmnt/v2/")]
    public async Task OutsideTheAllowList_403_NeverReachesTheUpstream(string path) =>
        await AssertRefused(path, 403);

    [Theory]
    [InlineData("/app/../csp/sys/UtilHome.csp")]
    [InlineData("/app/./x")]
    [InlineData("/app/..")]
    [InlineData("/app/x/../../csp/sys/")]
    [InlineData("/app/%2e%2e/csp/sys/UtilHome.csp")]
    [InlineData("/app/%2E%2E/csp/sys/UtilHome.csp")]
    [InlineData("/app/.%2e/csp/sys/UtilHome.csp")]
    [InlineData("/app/%2e/x")]
    [InlineData("/app/%252e%252e/csp/sys/UtilHome.csp")]
    [InlineData("/app/%25252e/x")]
    [InlineData("/app%2f..%2fcsp/sys/UtilHome.csp")]
    [InlineData("/app/..%2fcsp%2fsys%2fUtilHome.csp")]
    [InlineData("/app/..%2Fcsp/sys/")]
    [InlineData("/app/%5c..%5ccsp%5csys%5c")]
    [InlineData("/app/..\\csp\\sys\\UtilHome.csp")]
    [InlineData("/app//csp/sys/UtilHome.csp")]
    [InlineData("//app/x")]
    [InlineData("/app///x")]
    [InlineData("/app/x;jsessionid=1")]
    [InlineData("/app;a=b/x")]
    [InlineData("/app/%3b/x")]
    [InlineData("/app/%25CSP.Login.cls")]
    public async Task TraversalEncodingSlashAndParameterTricks_403_NeverReachTheUpstream(string path) =>
        await AssertRefused(path, 403);

    [Theory]
    [InlineData("/app/%00")]
    [InlineData("/app/%zz")]
    [InlineData("/app/%CSP.Login.cls")]
    public async Task MalformedEncodings_RefusedByNginx_NeverReachTheUpstream(string path) =>
        await AssertRefused(path, 400);

    [Fact]
    public async Task AbsoluteFormTarget_IsJudgedByItsPath()
    {
        await AssertRefused("http://evil.example/csp/sys/UtilHome.csp", 403);
        var allowed = await fixture.SendAsync(RawHttps.Get($"http://evil.example/app/x?{GatewayFixture.Probe()}"));
        Assert.Equal(200, allowed.Status);
    }

    private async Task AssertRefused(string path, int status)
    {
        var probe = GatewayFixture.Probe();
        var response = await fixture.SendAsync(RawHttps.Get($"{path}?{probe}"));

        Assert.Equal(status, response.Status);
        Assert.False(fixture.Upstream.Received(probe), $"{path} reached the upstream.");
        Assert.DoesNotContain("nginx", response.Body, StringComparison.OrdinalIgnoreCase);
    }
}
