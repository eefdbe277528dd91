using IrisStack.Components.ApiGateway;
using static IrisStack.Components.Tests.ApiGateway.ApiGatewaySections;

namespace IrisStack.Components.Tests.ApiGateway;

public sealed class KongConfigValidatorTests
{
    private static readonly string JwtKey = "-----BEGIN PUBLIC KEY-----\nMIIB\n-----END PUBLIC KEY-----\n";

    public static TheoryData<string> Configs() => new()
    {
        "{}",
        """{"maintenance": true, "trustedIps": ["10.0.0.0/22"], "allowCidrs": ["10.0.0.0/8"], "denyCidrs": ["10.9.0.0/16"]}""",
        """{"cors": {"origins": ["https://portal.example.com"], "credentials": true}, "botDeny": ["(?i)curl"]}""",
        """{"routeRateLimits": [{"path": "/api/app/", "limits": [20, 200], "windowSizes": [1, 60]}], "publicRoutes": [{"path": "/csp/broker/cspxmlhttp.js", "reason": "static"}]}""",
        $$$"""{"auth": {"plugin": "jwt", "issuer": "https://idp.example.com/", "publicKeyPem": {{{System.Text.Json.JsonSerializer.Serialize(JwtKey)}}}, "claimsToVerify": ["exp", "nbf"]}}""",
    };

    private static string Rendered(string extra = "{}")
    {
        var section = Section();
        foreach (var (key, value) in Json(extra)!.AsObject().ToList())
        {
            section[key] = value?.DeepClone();
        }

        return KongYml(Read(section)).Masked;
    }

    // Changes exactly one thing of a rendered config; the text must be there once.
    private static IReadOnlyList<string> Broken(string from, string to, string extra = "{}")
    {
        var yaml = Rendered(extra);
        var at = yaml.IndexOf(from, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{from}' is not in the rendered config");
        return KongConfigValidator.Validate(yaml[..at] + to + yaml[(at + from.Length)..]);
    }

    [Theory]
    [MemberData(nameof(Configs))]
    public void RenderedConfigs_Pass(string extra) => Assert.Empty(KongConfigValidator.Validate(Rendered(extra)));

    [Fact]
    public void FormatVersion_Not30_Fails() =>
        Assert.Contains("_format_version: must be \"3.0\".", Broken("_format_version: \"3.0\"", "_format_version: \"2.1\""));

    [Fact]
    public void UnknownField_NamesItsPath() =>
        Assert.Contains("plugins[3].config.windw_type: is not a field here.", Broken("    window_type: sliding", "    windw_type: sliding"));

    [Fact]
    public void WrongType_NamesItsPath() =>
        Assert.Contains("plugins[2].config.allowed_payload_size: 'big' is not a integer.", Broken("allowed_payload_size: 10240", "allowed_payload_size: big"));

    [Fact]
    public void ValueOutsideTheEnum_Fails() =>
        Assert.Contains("services[0].routes[0].plugins[1].config.cookie_same_site: 'Lax!' is not one of Strict, Lax, None, Default.", Broken("cookie_same_site: Strict", "cookie_same_site: Lax!"));

    [Fact]
    public void RequiredField_Missing_Fails() =>
        Assert.Contains("plugins[4].config.path: is required.", Broken("    path: /dev/stdout\n", string.Empty));

    [Fact]
    public void LimitAndWindowLists_OfDifferentLengths_Fail() =>
        Assert.Contains("plugins[3].config.window_size: 1 windows for 2 limits; \"You must provide the same number of windows and limits\".", Broken("    - 60\n    - 3600\n", "    - 60\n"));

    [Fact]
    public void TheSameWindowTwice_Fails() =>
        Assert.Contains("plugins[3].config.window_size: the window 60 appears twice; only the lowest of its limits would count.", Broken("    - 60\n    - 3600\n", "    - 60\n    - 60\n"));

    [Fact]
    public void RedisStrategy_WithoutSyncRate_Fails() =>
        Assert.Contains("plugins[3].config.sync_rate: \"sync_rate is required if not using a local strategy\".", Broken("    sync_rate: 0.5\n", string.Empty));

    [Fact]
    public void ClusterStrategy_FailsInDbLess() =>
        Assert.Contains("plugins[3].config.strategy: cluster needs a database; DB-less Kong supports redis or local only.", Broken("strategy: redis", "strategy: cluster"));

    [Fact]
    public void MissingNamespace_Fails() =>
        Assert.Contains("plugins[3].config.namespace: is unset, so DB-less Kong generates a new one on every config change and resets the counters.", Broken("    namespace: iris-api\n", string.Empty));

    [Fact]
    public void SessionStorageKong_FailsInDbLess() =>
        Assert.Contains("services[0].routes[0].plugins[1].config.storage: kong needs a database; DB-less Kong supports cookie storage only.", Broken("storage: cookie", "storage: kong"));

    [Fact]
    public void Between_OnAString_Fails() =>
        Assert.Contains(
            "services[0].routes[3].plugins[2].config.body_schema[1].EventType.between: field of type 'string' cannot have attribute 'between' (integer only).",
            Broken("{\\\"type\\\":\\\"string\\\",\\\"required\\\":true,\\\"len_min\\\":1", "{\\\"type\\\":\\\"string\\\",\\\"between\\\":[1,10],\\\"required\\\":true,\\\"len_min\\\":1"));

    [Fact]
    public void InvalidLuaPattern_Fails() =>
        Assert.Contains(
            "services[0].routes[3].plugins[2].config.body_schema[1].EventType.match: '^[%w$_+$' is not a valid Lua pattern: malformed pattern (missing ']').",
            Broken("^[%w$_]+$", "^[%w$_+$"));

    [Fact]
    public void TlsVerifyFalse_Fails() =>
        Assert.Contains("services[0].tls_verify: is false; the upstream's certificate must be verified (Kong 3.14 refuses to boot with it).", Broken("tls_verify: true", "tls_verify: false"));

    [Fact]
    public void TlsVerify_WithoutHttps_Fails() =>
        Assert.Contains("services[0].tls_verify: is allowed only with protocol https or tls.", Broken("protocol: https", "protocol: http"));

    [Fact]
    public void CorsCredentials_WithWildcard_Fails() =>
        Assert.Contains("plugins[4].config.origins: credentials with * makes Kong reflect any Origin with credentials; list exact origins.",
            Broken("- \"https://portal.example.com\"", "- \"*\"", """{"cors": {"origins": ["https://portal.example.com"], "credentials": true}}"""));

    [Fact]
    public void Termination_MessageWithBody_Fails() =>
        Assert.Contains("plugins[5].config.message: cannot be combined with content_type or body.", Broken("    status_code: 503\n", "    status_code: 503\n    message: down\n", """{"maintenance": true}"""));

    [Fact]
    public void IpRestriction_WithoutLists_Fails() =>
        Assert.Contains("plugins[2].config: at least one of allow and deny is required.", Broken("    allow:\n    - 10.0.0.0/8\n", string.Empty, """{"allowCidrs": ["10.0.0.0/8"]}"""));

    [Fact]
    public void UnknownPlugin_Fails() =>
        Assert.Contains("plugins[1].name: 'bot-detector' is not a plugin whose schema the project keeps.", Broken("name: bot-detection", "name: bot-detector"));

    [Fact]
    public void RoutePath_NeitherPathNorRegex_Fails() =>
        Assert.Contains("services[0].routes[0].paths[0]: 'app/' is neither a path (/…) nor a regex path (~/…).", Broken("- /app/", "- app/"));
}
