using System.Text.RegularExpressions;
using IrisStack.Components.Config;
using IrisStack.Components.Graph;
using IrisStack.Policies.Rules.WebGateway;
using static IrisStack.Policies.Tests.WebGateway.WebGatewayFixtures;

namespace IrisStack.Policies.Tests.WebGateway;

/// <summary>The nginx.conf policies: compliant on the rendered configuration, one violation per single change.</summary>
public class WebGatewayNginxPolicyTests
{
    public static TheoryData<ResourcePolicy> Policies => new()
    {
        new WebGatewayUriAllowList(), new WebGatewayAdminPathsRestricted(), new WebGatewayUriBlockList(), new WebGatewayTlsProtocols(),
        new WebGatewayHsts(), new WebGatewayNoSensitiveLogging(), new WebGatewayBodySizeLimit(),
    };

    [Theory]
    [MemberData(nameof(Policies))]
    public void RenderedConfig_IsCompliant(ResourcePolicy policy) =>
        Assert.Equal(PolicyOutcome.Compliant, Evaluate(policy, ConfigMap()));

    [Theory]
    [MemberData(nameof(Policies))]
    public void OtherTypes_NotApplicable(ResourcePolicy policy) =>
        Assert.Equal(PolicyOutcome.NotApplicable, Evaluate(policy, new ResourceNode("aws:ec2/vpc:Vpc", "vpc", NodeKind.Custom, null, MapValue.Empty, ResourceOptions.None)));

    [Theory]
    [MemberData(nameof(Policies))]
    public void OtherConfigMaps_NotApplicable(ResourcePolicy policy)
    {
        var other = new ResourceNode(WebGatewayResources.ConfigMapType, "other", NodeKind.Custom, null, MapValue.Of(("data", MapValue.Of(("nginx.conf", "http { }")))), ResourceOptions.None);
        Assert.Equal(PolicyOutcome.NotApplicable, Evaluate(policy, other));
    }

    [Theory]
    [MemberData(nameof(Policies))]
    public void WebGatewayConfigMap_NginxConfUnderAnotherKey_IsAFinding(ResourcePolicy policy)
    {
        var node = ConfigMap();
        var moved = node with { Inputs = node.Inputs.With("data", MapValue.Of(("nginx.cnf", NginxConf(node)))) };

        var finding = Assert.Single(Findings(Evaluate(policy, moved)));
        Assert.Contains("no readable data[\"nginx.conf\"]", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Policies))]
    public void WebGatewayConfigMap_NginxConfUnknownAtPreview_IsAFinding(ResourcePolicy policy)
    {
        var node = ConfigMap();
        var unknown = node with { Inputs = node.Inputs.With("data", MapValue.Of(("nginx.conf", new OutputReference("renderer", "text")))) };

        Assert.Contains("no readable", Assert.Single(Findings(Evaluate(policy, unknown))).Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Policies))]
    public void WebGatewayConfigMap_Unparseable_IsAFinding(ResourcePolicy policy)
    {
        var finding = Assert.Single(Findings(Evaluate(policy, Edited(t => t + "\nserver {"))));
        Assert.Contains("cannot be parsed", finding.Message, StringComparison.Ordinal);
        Assert.Contains("iris-stack:webGateway", finding.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void AllowList_CatchAllNotRefused_Violation()
    {
        var finding = Assert.Single(Findings(Evaluate(new WebGatewayUriAllowList(), Edited(t => t.Replace("location / { return 403; }", "location / { return 200; }", StringComparison.Ordinal)))));
        Assert.Contains("'location /' must return 403", finding.Message, StringComparison.Ordinal);
        Assert.Equal("data[\"nginx.conf\"]", finding.Property);
    }

    [Fact]
    public void AllowList_ForwardsEverything_Violation()
    {
        var finding = Assert.Single(Findings(Evaluate(new WebGatewayUriAllowList(), Edited(t => t.Replace("location ^~ /app/ {", "location ^~ / {", StringComparison.Ordinal)))));
        Assert.Contains("forwards every path", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AllowList_NothingForwarded_Violation()
    {
        var finding = Assert.Single(Findings(Evaluate(new WebGatewayUriAllowList(), Edited(t => t.Replace("CSP on;", "CSP off;", StringComparison.Ordinal)))));
        Assert.Contains("allow-list is empty", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AdminPaths_ReferenceModuleCxwAllowListed_Violation()
    {
        var config = Config with { Uris = Config.Uris with { AllowedPaths = [.. Config.Uris.AllowedPaths, "/csp/bin/Systems/Module.cxw"] } };
        var finding = Assert.Single(Findings(Evaluate(new WebGatewayAdminPathsRestricted(), ConfigMap(config))));
        Assert.Contains("/csp/bin/Systems/Module.cxw", finding.Message, StringComparison.Ordinal);
        Assert.Contains("deny all", finding.Fix, StringComparison.Ordinal);
        Assert.Equal("allowedPaths", finding.Setting);
        Assert.Contains("adminCidrs", finding.Want, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/csp/")]
    [InlineData("/api/")]
    [InlineData("/CSP/SYS/")]
    public void AdminPaths_WideOrCaseVariantEntry_Violation(string entry)
    {
        var config = Config with { Uris = Config.Uris with { AllowedPaths = [.. Config.Uris.AllowedPaths, entry] } };
        Assert.NotEmpty(Findings(Evaluate(new WebGatewayAdminPathsRestricted(), ConfigMap(config))));
    }

    [Fact]
    public void AdminPaths_RestrictedToAdminCidrs_Compliant()
    {
        var config = Config with { Uris = Config.Uris with { AdminPaths = ["/csp/sys/"], AdminCidrs = [Ipv4Cidr.Parse("10.0.10.0/24")] } };
        Assert.Equal(PolicyOutcome.Compliant, Evaluate(new WebGatewayAdminPathsRestricted(), ConfigMap(config)));
    }

    [Fact]
    public void AdminPaths_AllowAll_Violation()
    {
        var config = Config with { Uris = Config.Uris with { AdminPaths = ["/csp/sys/"], AdminCidrs = [Ipv4Cidr.Parse("10.0.10.0/24")] } };
        var node = Edited(t => t.Replace("allow 10.0.10.0/24;", "allow all;", StringComparison.Ordinal), config);
        Assert.Single(Findings(Evaluate(new WebGatewayAdminPathsRestricted(), node)));
    }

    [Fact]
    public void BlockList_DefaultEntryDropped_Violation()
    {
        var config = Config with { Uris = Config.Uris with { BlockedUris = [.. Config.Uris.BlockedUris.Where(b => b != "/api/mgmnt/")] } };
        var finding = Assert.Single(Findings(Evaluate(new WebGatewayUriBlockList(), ConfigMap(config))));
        Assert.Contains("'/api/mgmnt/'", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BlockList_CaseSensitivePattern_Violation()
    {
        var node = Edited(t => t.Replace("\"~*^/csp/sys(/|$)\" 1;", "\"~^/csp/sys(/|$)\" 1;", StringComparison.Ordinal));
        var finding = Assert.Single(Findings(Evaluate(new WebGatewayUriBlockList(), node)));
        Assert.Contains("decoded", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BlockList_NotEnforced_Violation()
    {
        var node = Edited(t => t.Replace("if ($wg_blocked) { return 403; }", string.Empty, StringComparison.Ordinal));
        Assert.Single(Findings(Evaluate(new WebGatewayUriBlockList(), node)));
    }

    [Fact]
    public void Tls_OldProtocolAdded_Violation()
    {
        var node = Edited(t => t.Replace("ssl_protocols TLSv1.2 TLSv1.3;", "ssl_protocols TLSv1.1 TLSv1.2 TLSv1.3;", StringComparison.Ordinal));
        var finding = Assert.Single(Findings(Evaluate(new WebGatewayTlsProtocols(), node)));
        Assert.Contains("TLSv1.1", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Tls_ProtocolsUnset_Violation()
    {
        var node = Edited(t => t.Replace("ssl_protocols TLSv1.2 TLSv1.3;", string.Empty, StringComparison.Ordinal));
        Assert.Contains("does not set ssl_protocols", Assert.Single(Findings(Evaluate(new WebGatewayTlsProtocols(), node))).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Tls_ServerWithoutSsl_Violation()
    {
        var node = Edited(t => t.Replace(" ssl default_server;", " default_server;", StringComparison.Ordinal));
        var finding = Assert.Single(Findings(Evaluate(new WebGatewayTlsProtocols(), node)), f => f.Message.Contains("does not use TLS", StringComparison.Ordinal));
        Assert.Contains("default_server", finding.Message, StringComparison.Ordinal);
        Assert.Single(Findings(Evaluate(new WebGatewayTlsProtocols(), node)), f => f.Message.Contains("no TLS server", StringComparison.Ordinal));
    }

    [Fact]
    public void Tls_SecondPlainListen_Violation()
    {
        var node = Edited(t => t.Replace(" ssl default_server;", " ssl default_server;\n        listen 8080;", StringComparison.Ordinal));
        Assert.Contains("'8080'", Assert.Single(Findings(Evaluate(new WebGatewayTlsProtocols(), node))).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Tls_ServerWithoutListen_DefaultsToPlainHttp_Violation()
    {
        var node = Edited(t => Regex.Replace(t, @"listen [^;]* ssl default_server;", string.Empty));
        var messages = Findings(Evaluate(new WebGatewayTlsProtocols(), node)).Select(f => f.Message).ToList();
        Assert.Equal(2, messages.Count);
        Assert.Contains(messages, m => m.Contains("*:80", StringComparison.Ordinal));
    }

    [Fact]
    public void Hsts_NoTlsServer_Violation()
    {
        var node = Edited(t => t.Replace(" ssl default_server;", " default_server;", StringComparison.Ordinal));
        Assert.Contains("browsers ignore HSTS", Assert.Single(Findings(Evaluate(new WebGatewayHsts(), node))).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Hsts_ShorterThanAYear_Violation()
    {
        var config = Config with { Headers = Config.Headers with { HstsMaxAgeSeconds = 86400 } };
        Assert.Contains("max-age=86400", Assert.Single(Findings(Evaluate(new WebGatewayHsts(), ConfigMap(config)))).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Hsts_WithoutAlways_Violation()
    {
        var node = Edited(t => t.Replace("includeSubDomains\" always;", "includeSubDomains\";", StringComparison.Ordinal));
        Assert.Contains("without 'always'", Assert.Single(Findings(Evaluate(new WebGatewayHsts(), node))).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Hsts_LocationAddsItsOwnHeader_Violation()
    {
        var node = Edited(t => t.Replace("location ^~ /app/ {", "location ^~ /app/ {\n            add_header Cache-Control \"no-store\";", StringComparison.Ordinal));
        Assert.Contains("drops the inherited HSTS", Assert.Single(Findings(Evaluate(new WebGatewayHsts(), node))).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("$request_body")]
    [InlineData("$http_authorization")]
    [InlineData("$http_cookie")]
    [InlineData("$cookie_CSPSESSIONID")]
    [InlineData("$request_uri")]
    [InlineData("$args")]
    [InlineData("$request")]
    public void Logging_SensitiveVariable_Violation(string variable)
    {
        var node = Edited(t => t.Replace("'\"path\":\"$uri\",'", $"'\"path\":\"{variable}\",'", StringComparison.Ordinal));
        Assert.Contains(variable, Assert.Single(Findings(Evaluate(new WebGatewayNoSensitiveLogging(), node))).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("'\"client\":\"$remote_addr\",'", "\"\\\"auth\\\":\\\"$http_authorization\\\",\"", "$http_authorization")]
    [InlineData("'\"client\":\"$remote_addr\",'", "'\"c\":\"${http_cookie}\",'", "$http_cookie")]
    [InlineData("'\"client\":\"$remote_addr\",'", "'\"q\":\"$QUERY_STRING\",'", "$QUERY_STRING")]
    [InlineData("'\"client\":\"$remote_addr\",'", "'\"u\":\"$request' '_uri\",'", "$request_uri")]
    [InlineData("log_format wg_security escape=json '{'", "log_format wg_security '{\"b\":\"$request_body\",' escape=json '\"x\":1,'", "$request_body")]
    public void Logging_SensitiveVariable_AnyArgumentQuotingOrCase_Violation(string find, string replace, string variable)
    {
        var node = Edited(t => t.Replace(find, replace, StringComparison.Ordinal));
        Assert.Contains(variable, Assert.Single(Findings(Evaluate(new WebGatewayNoSensitiveLogging(), node))).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Logging_DefaultCombinedFormat_Violation()
    {
        var node = Edited(t => t.Replace(" wg_security;\n", ";\n", StringComparison.Ordinal));
        Assert.Contains("'combined'", Assert.Single(Findings(Evaluate(new WebGatewayNoSensitiveLogging(), node))).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BodySize_Unlimited_Violation()
    {
        var node = Edited(t => t.Replace("client_max_body_size 10m;", "client_max_body_size 0;", StringComparison.Ordinal));
        Assert.Contains("disables", Assert.Single(Findings(Evaluate(new WebGatewayBodySizeLimit(), node))).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BodySize_Unset_Violation()
    {
        var node = Edited(t => t.Replace("client_max_body_size 10m;", string.Empty, StringComparison.Ordinal));
        Assert.Contains("not set", Assert.Single(Findings(Evaluate(new WebGatewayBodySizeLimit(), node))).Message, StringComparison.Ordinal);
    }
}
