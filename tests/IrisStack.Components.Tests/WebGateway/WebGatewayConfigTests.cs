using System.Text.Json.Nodes;
using IrisStack.Components.Graph;
using IrisStack.Components.WebGateway;
using IrisStack.Tests.Shared;
using static IrisStack.Components.Tests.WebGateway.TestStacks;

namespace IrisStack.Components.Tests.WebGateway;

public class WebGatewayConfigTests
{
    [Fact]
    public void Defaults_AreTheSecureDefaults()
    {
        var config = Load(Section()).WebGateway;

        Assert.Equal<string>(WebGatewayDefaults.AllowedPaths, config.Uris.AllowedPaths);
        Assert.Equal<string>(WebGatewayDefaults.BlockedUris, config.Uris.BlockedUris);
        Assert.Empty(config.Uris.AdminPaths);
        Assert.Empty(config.TrustedProxyCidrs);
        Assert.Equal<string>(["127.0.0.1"], config.SystemManager);
        Assert.True(config.RunAsNonRoot);
        Assert.Equal(63072000, config.Headers.HstsMaxAgeSeconds);
        Assert.Equal("10m", config.Limits.MaxBodySize);
        Assert.Equal(new SecretValue(new StringValue("s3cret-pw")), config.Iris.Password);
        Assert.Equal("[secret]", config.Iris.Password?.ToString());
    }

    [Fact]
    public void StackFiles_DevAndProd_Load()
    {
        var dev = RealStacks.Config("dev").WebGateway;
        var prod = RealStacks.Config("prod").WebGateway;

        Assert.Equal(1, dev.Replicas);
        Assert.Equal(0, dev.DisruptionBudgetMinAvailable);
        Assert.Equal(3, prod.Replicas);
        Assert.Equal(2, prod.DisruptionBudgetMinAvailable);
        Assert.Equal(2, prod.Iris.Servers.Length);
        Assert.Null(prod.Iris.Password);
    }

    [Theory]
    [InlineData("/app/%2e%2e/")]
    [InlineData("/app//x/")]
    [InlineData("/app/../csp/sys/")]
    [InlineData("/app;x/")]
    [InlineData("app/")]
    public void AllowedPath_NotPlain_NamesTheKey(string path)
    {
        var error = Error(Section(("allowedPaths", Array(path))));
        Assert.Contains("iris-stack:webGateway.allowedPaths[0]", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AllowedPaths_Empty_NamesTheKey()
    {
        var error = Error(Section(("allowedPaths", Array())));
        Assert.Contains("iris-stack:webGateway.allowedPaths: is empty", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("TRACE")]
    [InlineData("TRACK")]
    public void AllowedMethods_TraceOrTrack_Refused(string method)
    {
        var error = Error(Section(("allowedMethods", Array("GET", method))));
        Assert.Contains("iris-stack:webGateway.allowedMethods[1]", error.Message, StringComparison.Ordinal);
        Assert.Contains("always refused", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AdminPaths_WithoutAdminCidrs_NamesTheKey()
    {
        var error = Error(Section(("adminPaths", Array("/csp/sys/"))));
        Assert.Contains("iris-stack:webGateway.adminPaths", error.Message, StringComparison.Ordinal);
        Assert.Contains("adminCidrs", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AdminCidrs_EveryClient_Refused()
    {
        var error = Error(Section(("adminPaths", Array("/csp/sys/")), ("adminCidrs", Array("10.0.0.0/24", "0.0.0.0/0"))));
        Assert.Contains("iris-stack:webGateway.adminCidrs[1]: 0.0.0.0/0 admits every client", error.Message, StringComparison.Ordinal);
        Assert.Contains("open to anyone", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("adminCidrs is empty", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AdminPath_AlsoAllowed_NamesTheKey()
    {
        var error = Error(Section(("adminPaths", Array("/app/")), ("adminCidrs", Array("10.0.0.0/24"))));
        Assert.Contains("'/app/' is also in allowedPaths", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Hsts_BelowOneYear_NamesTheKey()
    {
        var error = Error(Section(("headers", new JsonObject { ["hstsMaxAgeSeconds"] = "86400" })));
        Assert.Contains("iris-stack:webGateway.headers.hstsMaxAgeSeconds", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("maxBodySize", "0")]
    [InlineData("maxBodySize", "lots")]
    [InlineData("largeHeaderBufferSize", "4k")]
    public void Limits_Invalid_NamesTheKey(string key, string value)
    {
        var error = Error(Section(("limits", new JsonObject { [key] = value })));
        Assert.Contains($"iris-stack:webGateway.limits.{key}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void HeaderValue_WithNginxVariable_NamesTheKey()
    {
        var error = Error(Section(("headers", new JsonObject { ["contentSecurityPolicy"] = "default-src $host" })));
        Assert.Contains("iris-stack:webGateway.headers.contentSecurityPolicy", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Password_Plain_MustBeSecret()
    {
        var error = Error(Section(), passwordIsSecret: false);
        Assert.Contains("iris-stack:webGateway.iris.password: holds a plain value", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Password_Unset_IsLeftToTheLayerToGenerate()
    {
        var section = Section();
        section.Remove("iris");

        Assert.Null(Load(section).WebGateway.Iris.Password);
    }

    [Fact]
    public void DisruptionBudget_NotBelowReplicas_NamesTheKey()
    {
        var error = Error(Section(("replicas", "2"), ("disruptionBudgetMinAvailable", "2")));
        Assert.Contains("iris-stack:webGateway.disruptionBudgetMinAvailable", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Image_Latest_NamesTheKey()
    {
        var error = Error(Section(("image", "containers.intersystems.com/intersystems/webgateway-nginx:latest")));
        Assert.Contains("iris-stack:webGateway.image", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownKey_SuggestsTheNearest()
    {
        var error = Error(Section(("allowedPath", Array("/app/"))));
        Assert.Contains("iris-stack:webGateway.allowedPath: is not a known setting", error.Message, StringComparison.Ordinal);
        Assert.Contains("allowedPaths", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/app/", "/app")]
    [InlineData("/csp/broker/cspbroker.js", "/csp/broker")]
    [InlineData("/", "/")]
    [InlineData("/index.csp", "/")]
    public void ApplicationPath_OfAllowListEntry(string entry, string expected) =>
        Assert.Equal(expected, UriPolicy.ApplicationPathOf(entry));
}
