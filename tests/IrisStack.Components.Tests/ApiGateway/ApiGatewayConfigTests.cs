using IrisStack.Components.ApiGateway;
using IrisStack.Components.ApiGateway.Workload;
using IrisStack.Components.Graph;
using static IrisStack.Components.Tests.ApiGateway.ApiGatewaySections;

namespace IrisStack.Components.Tests.ApiGateway;

public sealed class ApiGatewayConfigTests
{
    [Fact]
    public void Defaults_AreTheSecureDefaults()
    {
        var config = Read(Section());

        Assert.Equal(8443, config.ProxyPort);
        Assert.Equal(AdminApi.Off, config.AdminApi);
        Assert.Empty(config.TrustedIps);
        Assert.Equal<int>([100, 1000], config.RateLimit.Limits);
        Assert.Equal<int>([60, 3600], config.RateLimit.WindowSizes);
        Assert.Equal("iris-api", config.RateLimit.Namespace);
        Assert.Equal((900, 14400, 86400), (config.Session.IdlingTimeout, config.Session.RollingTimeout, config.Session.AbsoluteTimeout));
        Assert.Equal(6379, config.Redis.Port);
        Assert.Null(config.Redis.ServerName);
        Assert.Equal(("cache.t4g.small", 2, true, 7, "7.1", 365), (config.Redis.Cluster.NodeType, config.Redis.Cluster.NumCacheClusters, config.Redis.Cluster.MultiAz,
            config.Redis.Cluster.SnapshotRetentionDays, config.Redis.Cluster.EngineVersion, config.Redis.Cluster.LogRetentionDays));
        Assert.True(config.Redis.Cluster.AutomaticFailover);
        Assert.Equal((2, 1, HostnameSpread.Required), (config.Workload.Replicas, config.Workload.DisruptionBudgetMinAvailable, config.Workload.HostnameSpread));
        Assert.Equal(ApiGatewayWorkload.DefaultImage, config.Workload.Image);
        Assert.Equal(0.5m, config.Redis.SyncRate);
        Assert.Equal("[secret]", config.Redis.AuthToken?.ToString());
        Assert.Equal(new SecretValue(new StringValue("redis-token-1-abcdefgh")), config.Redis.AuthToken);
        Assert.Equal(AuthPlugin.OpenIdConnect, config.Auth.Plugin);
        Assert.Empty(config.PublicRoutes);
        Assert.False(config.Cors.Credentials);
        Assert.False(config.Maintenance);
        Assert.Equal<ValidatorField>([.. ValidatorField.BrokerDefaults], config.RequestValidator.Fields);
    }

    [Fact]
    public void LimitAndWindowLists_OfDifferentLengths_NamesTheKey() =>
        Assert.Contains($"{Key}.rateLimit.windowSizes: has 1 windows for 2 limits",
            Error(Section(("rateLimit", Json("""{"limits": [10, 100], "windowSizes": [60]}""")))), StringComparison.Ordinal);

    [Theory]
    [InlineData("0")]
    [InlineData("-60")]
    [InlineData("1.5")]
    [InlineData("\"minute\"")]
    public void Window_NotAPositiveInteger_NamesTheKey(string window) =>
        Assert.Contains($"{Key}.rateLimit.windowSizes[0]: ", Error(Section(("rateLimit", Json($$"""{"limits": [10], "windowSizes": [{{window}}]}""")))), StringComparison.Ordinal);

    [Fact]
    public void TwoLimits_OverOneWindow_NamesTheKey() =>
        Assert.Contains($"{Key}.rateLimit.windowSizes: lists the window 60 more than once",
            Error(Section(("rateLimit", Json("""{"limits": [2000, 3000], "windowSizes": [60, 60]}""")))), StringComparison.Ordinal);

    [Fact]
    public void JwtRoute_WithoutIssuerOrKey_NamesBothKeys()
    {
        var message = Error(Section(("auth", Json("""{"plugin": "jwt"}"""))));

        Assert.Contains($"{Key}.auth.issuer: is not set", message, StringComparison.Ordinal);
        Assert.Contains($"{Key}.auth.publicKeyPem: holds no PEM public key", message, StringComparison.Ordinal);
    }

    [Fact]
    public void PublicRoute_WithoutReason_NamesTheKey() =>
        Assert.Contains($"{Key}.publicRoutes[0].reason: is missing",
            Error(Section(("publicRoutes", Json("""[{"path": "/csp/broker/cspbroker.js"}]""")))), StringComparison.Ordinal);

    [Fact]
    public void PublicRoute_NotAnAllowedPath_NamesTheKey() =>
        Assert.Contains($"{Key}.publicRoutes[0].path: '/csp/sys/' is not an allowed path",
            Error(Section(("publicRoutes", Json("""[{"path": "/csp/sys/", "reason": "portal"}]""")))), StringComparison.Ordinal);

    [Theory]
    [InlineData("0.0.0.0/0")]
    [InlineData("::/0")]
    public void TrustedIps_TheWorld_NamesTheKey(string cidr) =>
        Assert.Contains($"{Key}.trustedIps[1]: '{cidr}' trusts every peer",
            Error(Section(("trustedIps", Json($"""["10.0.0.0/20", "{cidr}"]""")))), StringComparison.Ordinal);

    [Theory]
    [InlineData("^[%w_+$", "malformed pattern (missing ']')")]
    [InlineData("^%w+%", "malformed pattern (ends with '%')")]
    [InlineData("^(%w+$", "unfinished capture")]
    [InlineData("^[a-zA-Z0-9$_]{100}$", "'{100}' is not a quantifier")]
    public void ValidatorPattern_LuaCannotUse_NamesTheKey(string pattern, string expected)
    {
        var message = Error(Section(("requestValidator", Json($$"""{"fields": [{"name": "EventType", "type": "string", "match": {{System.Text.Json.JsonSerializer.Serialize(pattern)}}}]}"""))));

        Assert.Contains($"{Key}.requestValidator.fields[0].match: ", message, StringComparison.Ordinal);
        Assert.Contains(expected, message, StringComparison.Ordinal);
    }

    [Fact]
    public void Between_OnAString_NamesTheKey() =>
        Assert.Contains($"{Key}.requestValidator.fields[0].between: is set on a string field",
            Error(Section(("requestValidator", Json("""{"fields": [{"name": "EventType", "type": "string", "between": [1, 10]}]}""")))), StringComparison.Ordinal);

    [Theory]
    [InlineData("idlingTimeout")]
    [InlineData("rollingTimeout")]
    [InlineData("absoluteTimeout")]
    public void SessionTimeout_Zero_NamesTheKey(string key) =>
        Assert.Contains($"{Key}.session.{key}: is 0",
            Error(Section(("session", Json($$"""{"secret": "s", "{{key}}": 0}""")))), StringComparison.Ordinal);

    [Fact]
    public void Cors_WildcardWithCredentials_NamesTheKey() =>
        Assert.Contains($"{Key}.cors.origins: holds * while credentials is true",
            Error(Section(("cors", Json("""{"origins": ["*"], "credentials": true}""")))), StringComparison.Ordinal);

    [Fact]
    public void Secrets_AsPlainValues_AreRefused()
    {
        var message = Error(Section(), secret: false);

        Assert.Contains($"{Key}.redis.authToken: holds a plain value, but it must be a secret", message, StringComparison.Ordinal);
        Assert.Contains($"{Key}.session.secret: holds a plain value, but it must be a secret", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Secrets_Unset_AreNoError_AndLeftToTheLayer()
    {
        var section = Section();
        section.Remove("redis");
        section.Remove("session");

        var config = Read(section);

        Assert.Null(config.Session.Secret);
        Assert.Null(config.Redis.AuthToken);
    }

    [Theory]
    [InlineData("redis-token-1-abcdefgh.")]
    [InlineData("redis%token%1%abcdefgh")]
    [InlineData("redis_token_1_abcdefgh")]
    public void RedisAuthToken_WithASpecialCharacterElastiCacheRefuses_NamesTheKey(string token) =>
        Assert.Contains($"{Key}.redis.authToken: holds a character ElastiCache refuses",
            Error(Section(("redis", Json($$"""{"authToken": "{{token}}"}""")))), StringComparison.Ordinal);

    [Fact]
    public void RedisAuthToken_WithTheSpecialCharactersElastiCacheAllows_IsRead() =>
        Assert.Equal(new SecretValue(new StringValue("Ab1!&#$^<>-Ab1!&#$^<>-")), Read(Section(("redis", Json("""{"authToken": "Ab1!&#$^<>-Ab1!&#$^<>-"}""")))).Redis.AuthToken);

    [Fact]
    public void EveryProblem_IsReportedAtOnce()
    {
        var message = Error(Section(
            ("rateLimit", Json("""{"limits": [10, 100], "windowSizes": [60]}""")),
            ("trustedIps", Json("""["0.0.0.0/0"]""")),
            ("cors", Json("""{"origins": ["*"], "credentials": true}""")),
            ("publicRoutes", Json("""[{"path": "/app/"}]"""))));

        Assert.Contains("(4 problems)", message, StringComparison.Ordinal);
    }
}
