using IrisStack.Runtime.Tests.Support;

namespace IrisStack.Runtime.Tests;

/// <summary>The block-list on its own: behind a deliberately wide allow-list (/csp/, /api/) it still keeps the dangerous IRIS URIs out.</summary>
public class BlockListTests(WideAllowListGateway fixture) : IClassFixture<WideAllowListGateway>
{
    [Theory]
    [InlineData("/csp/sys/UtilHome.csp")]
    [InlineData("/csp/sys")]
    [InlineData("/csp/SYS/mgr/")]
    [InlineData("/csp/%73ys/UtilHome.csp")]
    [InlineData("/csp/bin/Systems/Module.cxw")]
    [InlineData("/csp/bin/systems/module.cxw")]
    [InlineData("/csp/docbook/DocBook.UI.Page.cls")]
    [InlineData("/csp/documatic/%25CSP.Documatic.cls")]
    [InlineData("/api/atelier/v1/")]
    [InlineData("/api/ATELIER/")]
    [InlineData("/api/mgmnt/v2/")]
    [InlineData("/csp/user/%25CSP.Login.cls")]
    [InlineData("/csp/user/%25csp.passwordchange.cls")]
    [InlineData("/csp/user/%25ZEN.SVGComponent.svgPage")]
    [InlineData("/csp/user/%25Login.cls")]
    public async Task BlockedUri_403_NeverReachesTheUpstream(string path)
    {
        var probe = GatewayFixture.Probe();
        var response = await fixture.SendAsync(RawHttps.Get($"{path}?{probe}"));

        Assert.Equal(403, response.Status);
        Assert.False(fixture.Upstream.Received(probe), $"{path} reached the upstream.");
    }

    [Theory]
    [InlineData("/csp/user/Home.csp")]
    [InlineData("/api/app/v1/x")]
    [InlineData("/csp/system/x")]
    public async Task NeighbouringPaths_StillReachTheUpstream(string path)
    {
        var response = await fixture.SendAsync(RawHttps.Get($"{path}?{GatewayFixture.Probe()}"));
        Assert.Equal(200, response.Status);
    }

    [Theory]
    [InlineData("/csp/app/slides.ppt")]
    [InlineData("/csp/app/slides.PPTX")]
    [InlineData("/csp/app/db.bak")]
    [InlineData("/csp/app/page.old")]
    [InlineData("/csp/app/.page.csp.swp")]
    [InlineData("/csp/app/iris.cpf")]
    [InlineData("/csp/app/CSP.ini")]
    [InlineData("/csp/app/messages.log")]
    [InlineData("/csp/app/dump.sql")]
    [InlineData("/csp/app/dump.sql/extra")]
    [InlineData("/app/.git/config")]
    [InlineData("/app/.env")]
    [InlineData("/app/.htaccess")]
    public async Task DeniedFileType_403_NeverReachesTheUpstream(string path)
    {
        var probe = GatewayFixture.Probe();
        var response = await fixture.SendAsync(RawHttps.Get($"{path}?{probe}"));

        Assert.Equal(403, response.Status);
        Assert.False(fixture.Upstream.Received(probe), $"{path} reached the upstream.");
    }

    [Fact]
    public async Task OrdinaryFileType_ReachesTheUpstream()
    {
        var response = await fixture.SendAsync(RawHttps.Get($"/csp/app/script.js?{GatewayFixture.Probe()}"));
        Assert.Equal(200, response.Status);
    }
}
