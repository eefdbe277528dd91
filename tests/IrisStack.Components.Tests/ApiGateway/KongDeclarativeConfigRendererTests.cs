using IrisStack.Components.ApiGateway;
using IrisStack.Components.Graph;
using YamlDotNet.RepresentationModel;
using static IrisStack.Components.Tests.ApiGateway.ApiGatewaySections;

namespace IrisStack.Components.Tests.ApiGateway;

public sealed class KongDeclarativeConfigRendererTests
{
    private static KongDeclarativeConfig Render(ApiGatewayConfig config) => KongYml(config);

    private static YamlMappingNode Parse(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    private static YamlNode At(YamlNode node, params object[] path)
    {
        foreach (var step in path)
        {
            node = step is int i ? ((YamlSequenceNode)node).Children[i] : ((YamlMappingNode)node).Children[new YamlScalarNode((string)step)];
        }

        return node;
    }

    private static string Text(YamlNode node, params object[] path) => ((YamlScalarNode)At(node, path)).Value!;

    private static YamlMappingNode Route(YamlNode root, string name) =>
        ((YamlSequenceNode)At(root, "services", 0, "routes")).Children.Cast<YamlMappingNode>().Single(r => Text(r, "name") == name);

    private static List<string> PluginNames(YamlNode owner) =>
        [.. ((YamlSequenceNode)At(owner, "plugins")).Children.Select(p => Text(p, "name"))];

    private static YamlMappingNode Plugin(YamlNode owner, string name) =>
        ((YamlSequenceNode)At(owner, "plugins")).Children.Cast<YamlMappingNode>().Single(p => Text(p, "name") == name);

    [Fact]
    public void Service_IsTheWebGatewayOverVerifiedHttps()
    {
        var root = Parse(Render(Read(Section())).Masked);

        Assert.Equal("3.0", Text(root, "_format_version"));
        Assert.Equal("https", Text(root, "services", 0, "protocol"));
        Assert.Equal(Upstream.Host, Text(root, "services", 0, "host"));
        Assert.Equal("443", Text(root, "services", 0, "port"));
        Assert.Equal("true", Text(root, "services", 0, "tls_verify"));
        // The CA is nginx's trust store (kong.conf), not an entity: an output PEM cannot be indented into YAML.
        Assert.False(((YamlMappingNode)root).Children.ContainsKey("ca_certificates"));
        Assert.False(((YamlMappingNode)At(root, "services", 0)).Children.ContainsKey("ca_certificates"));
    }

    [Fact]
    public void RedisHost_AnOutput_IsAReferencePartAndShowsAsTheReferenceWhenMasked()
    {
        var endpoint = new OutputReference("apigateway-redis", "primaryEndpointAddress");
        var rendered = KongYml(Read(Section()), endpoint);
        var rla = At(Plugin(Parse(rendered.Masked), "rate-limiting-advanced"), "config", "redis");

        Assert.Equal("${apigateway-redis.primaryEndpointAddress}", Text(rla, "host"));
        Assert.Equal("${apigateway-redis.primaryEndpointAddress}", Text(rla, "server_name"));
        var parts = ((InterpolationValue)rendered.Value).Parts;
        Assert.Equal(2, parts.Count(p => p == endpoint));
        Assert.Empty(KongConfigValidator.Validate(rendered.Masked));
    }

    [Fact]
    public void Routes_ComeFromTheAllowedPaths_PrefixesPlainExactPathsAnchoredRegex()
    {
        var root = Parse(Render(Read(Section())).Masked);
        var routes = ((YamlSequenceNode)At(root, "services", 0, "routes")).Children;

        Assert.Equal(
            ["/app/", "/api/app/", "~/csp/broker/cspxmlhttp\\.js$", "~/csp/broker/cspxmlhttp\\.js$", "~/csp/broker/cspbroker\\.js$", "~/csp/broker/cspbroker\\.js$", "/csp/app/"],
            routes.Select(r => Text(r, "paths", 0)));
        Assert.All(routes, r => Assert.Equal("false", Text(r, "strip_path")));
        Assert.All(routes, r => Assert.Equal(["https"], ((YamlSequenceNode)At(r, "protocols")).Children.Select(p => ((YamlScalarNode)p).Value)));
    }

    [Theory]
    [InlineData("/app/", "/app/")]
    [InlineData("/csp/broker/cspbroker.js", "~/csp/broker/cspbroker\\.js$")]
    [InlineData("/api/v1.2/", "/api/v1.2/")]
    public void RoutePath_KeepsTheWebGatewaysMeaning(string allowed, string expected) =>
        Assert.Equal(expected, KongDeclarativeConfigRenderer.RoutePath(allowed));

    [Fact]
    public void EveryNonPublicRoute_IsAuthenticated_BrowserRoutesGetSessions_ApiRoutesDoNot()
    {
        var config = Read(Section(("publicRoutes", Json("""[{"path": "/csp/broker/cspxmlhttp.js", "reason": "static script"}]"""))));
        var root = Parse(Render(config).Masked);

        Assert.Equal(["openid-connect"], PluginNames(Route(root, "route-api-app")));
        Assert.Equal(["openid-connect", "session"], PluginNames(Route(root, "route-app")));
        Assert.Empty(PluginNames(Route(root, "route-csp-broker-cspxmlhttp-js")));
        Assert.Equal(["request-validator"], PluginNames(Route(root, "route-csp-broker-cspxmlhttp-js-post")));
        Assert.Equal(["openid-connect", "session"], PluginNames(Route(root, "route-csp-broker-cspbroker-js")));
        Assert.Equal(["openid-connect", "session", "request-validator"], PluginNames(Route(root, "route-csp-broker-cspbroker-js-post")));
        Assert.Equal("POST", Text(Route(root, "route-csp-broker-cspbroker-js-post"), "methods", 0));
    }

    [Fact]
    public void PublicRoutes_CarryTheirReasonAsATag_OthersNoTags()
    {
        var config = Read(Section(("publicRoutes", Json("""[{"path": "/csp/broker/cspxmlhttp.js", "reason": "static script, login/page"}]"""))));
        var root = Parse(Render(config).Masked);

        static List<string> Tags(YamlMappingNode route) =>
            route.Children.TryGetValue(new YamlScalarNode("tags"), out var tags) ? [.. ((YamlSequenceNode)tags).Children.Select(t => ((YamlScalarNode)t).Value!)] : [];

        // Kong refuses , and / in a tag (typedefs.lua validate_tag): they become -.
        Assert.Equal(["public:static script- login-page"], Tags(Route(root, "route-csp-broker-cspxmlhttp-js")));
        Assert.Equal(["public:static script- login-page"], Tags(Route(root, "route-csp-broker-cspxmlhttp-js-post")));
        Assert.Empty(Tags(Route(root, "route-app")));
        Assert.Empty(Tags(Route(root, "route-csp-broker-cspbroker-js")));
        Assert.Empty(KongConfigValidator.Validate(Render(config).Masked));
    }

    [Theory]
    [InlineData("static script", "public:static script")]
    [InlineData(" a,b/c\tä~ ", "public:a-b-c-ä~")]
    public void PublicTag_KeepsWhatKongAcceptsInATag(string reason, string expected) =>
        Assert.Equal(expected, KongDeclarativeConfigRenderer.PublicTag(reason));

    [Fact]
    public void Session_CookieFlagsAndTimeouts()
    {
        var session = At(Plugin(Route(Parse(Render(Read(Section())).Masked), "route-app"), "session"), "config");

        Assert.Equal("true", Text(session, "cookie_secure"));
        Assert.Equal("true", Text(session, "cookie_http_only"));
        Assert.Equal("Strict", Text(session, "cookie_same_site"));
        Assert.Equal("cookie", Text(session, "storage"));
        Assert.Equal(("900", "14400", "86400"), (Text(session, "idling_timeout"), Text(session, "rolling_timeout"), Text(session, "absolute_timeout")));
        Assert.Equal("[secret]", Text(session, "secret"));
    }

    [Fact]
    public void GlobalRateLimit_Redis_SlidingWindows_TlsAndToken()
    {
        var rla = At(Plugin(Parse(Render(Read(Section())).Masked), "rate-limiting-advanced"), "config");

        Assert.Equal("redis", Text(rla, "strategy"));
        Assert.Equal("sliding", Text(rla, "window_type"));
        Assert.Equal("iris-api", Text(rla, "namespace"));
        Assert.Equal("0.5", Text(rla, "sync_rate"));
        Assert.Equal(["100", "1000"], ((YamlSequenceNode)At(rla, "limit")).Children.Select(n => ((YamlScalarNode)n).Value));
        Assert.Equal(["60", "3600"], ((YamlSequenceNode)At(rla, "window_size")).Children.Select(n => ((YamlScalarNode)n).Value));
        Assert.Equal("true", Text(rla, "redis", "ssl"));
        Assert.Equal("true", Text(rla, "redis", "ssl_verify"));
        Assert.Equal("[secret]", Text(rla, "redis", "password"));
    }

    [Fact]
    public void RouteRateLimit_ReplacesTheGlobalOnOnRoute()
    {
        var config = Read(Section(("routeRateLimits", Json("""[{"path": "/api/app/", "limits": [20], "windowSizes": [60]}]"""))));
        var route = Route(Parse(Render(config).Masked), "route-api-app");

        Assert.Equal("route-api-app-rl", Text(Plugin(route, "rate-limiting-advanced"), "config", "namespace"));
    }

    [Fact]
    public void Secrets_AreMaskedInTheArtifact_AndEscapedInTheValue()
    {
        var rendered = Render(Read(Section()));
        var parts = ((InterpolationValue)rendered.Value).Parts;

        Assert.DoesNotContain("redis-token-1-abcdefgh", rendered.Masked, StringComparison.Ordinal);
        Assert.DoesNotContain("session-secret", rendered.Masked, StringComparison.Ordinal);
        Assert.Contains(new SecretValue(new StringValue("redis-token-1-abcdefgh")), parts);
        Assert.Contains(new SecretValue(new StringValue("session-secret-with-\\\"quote")), parts);

        var real = string.Concat(parts.Select(p => p switch { StringValue s => s.Value, SecretValue { Inner: StringValue s } => s.Value, _ => "?" }));
        var session = At(Plugin(Route(Parse(real), "route-app"), "session"), "config");
        Assert.Equal("session-secret-with-\"quote", Text(session, "secret"));
    }

    [Fact]
    public void Render_IsDeterministic() =>
        Assert.Equal(Render(Read(Section())), Render(Read(Section())));

    [Fact]
    public void Maintenance_Terminates503WithJson()
    {
        var root = Parse(Render(Read(Section(("maintenance", true)))).Masked);
        var termination = At(Plugin(root, "request-termination"), "config");

        Assert.Equal("503", Text(termination, "status_code"));
        Assert.Equal("application/json", Text(termination, "content_type"));
        Assert.Equal("""{"message":"Service under maintenance"}""", Text(termination, "body"));
        Assert.DoesNotContain("request-termination", PluginNames(Parse(Render(Read(Section())).Masked)));
    }

    [Fact]
    public void Jwt_CarriesTheIssuersKeyOnAConsumer_AndNoTokensFromQueryStrings()
    {
        var config = Read(Section(("auth", Json("""{"plugin": "jwt", "issuer": "https://idp.example.com/", "publicKeyPem": "-----BEGIN PUBLIC KEY-----\nMIIB\n-----END PUBLIC KEY-----\n"}"""))));
        var root = Parse(Render(config).Masked);

        Assert.Equal("https://idp.example.com/", Text(root, "consumers", 0, "jwt_secrets", 0, "key"));
        Assert.Equal("RS256", Text(root, "consumers", 0, "jwt_secrets", 0, "algorithm"));
        var jwt = At(Plugin(Route(root, "route-api-app"), "jwt"), "config");
        Assert.Empty(((YamlSequenceNode)At(jwt, "uri_param_names")).Children);
        Assert.Equal("exp", Text(jwt, "claims_to_verify", 0));
    }

    [Fact]
    public void AccessLog_DropsCredentialsCookiesAndQueryStrings()
    {
        var fields = (YamlMappingNode)At(Plugin(Parse(Render(Read(Section())).Masked), "file-log"), "config", "custom_fields_by_lua");

        Assert.Equal(KongLogRedaction.Fields, fields.Children.Keys.Select(k => ((YamlScalarNode)k).Value));
        Assert.All(fields.Children.Values, v => Assert.Equal("return nil", ((YamlScalarNode)v).Value));
    }

    [Fact]
    public void Cors_OnlyWhenOriginsAreListed()
    {
        Assert.DoesNotContain("cors", PluginNames(Parse(Render(Read(Section())).Masked)));
        var cors = At(Plugin(Parse(Render(Read(Section(("cors", Json("""{"origins": ["https://portal.example.com"], "credentials": true}"""))))).Masked), "cors"), "config");
        Assert.Equal("https://portal.example.com", Text(cors, "origins", 0));
        Assert.Equal("true", Text(cors, "credentials"));
    }
}
