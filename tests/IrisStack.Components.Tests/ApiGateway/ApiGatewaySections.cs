using System.Text.Json.Nodes;
using IrisStack.Components.ApiGateway;
using IrisStack.Components.Config;
using IrisStack.Components.Graph;
using IrisStack.Stack;

namespace IrisStack.Components.Tests.ApiGateway;

/// <summary>iris-stack:apiGateway sections read on their own (the layer is not in the stack yet), as PULUMI_CONFIG would give them.</summary>
internal static class ApiGatewaySections
{
    public const string Key = "iris-stack:apiGateway";

    public const string CaPem = "-----BEGIN CERTIFICATE-----\nMIIBszCCAVmgAwIBAgIUWebGatewayCa\n-----END CERTIFICATE-----\n";

    public static readonly string[] AllowedPaths = ["/app/", "/api/app/", "/csp/broker/cspxmlhttp.js", "/csp/broker/cspbroker.js", "/csp/app/"];

    public static readonly KongUpstream Upstream = new("iris-webgateway.iris-web.svc.cluster.local", 443, new StringValue(CaPem));

    /// <summary>The Redis endpoint as plain text, standing for the replication group's output.</summary>
    public const string RedisHostName = "master.iris-rl.abc123.euw1.cache.amazonaws.com";

    public static readonly Value RedisHost = new StringValue(RedisHostName);

    /// <summary>The config's own secrets, as the layer passes them when both are set.</summary>
    public static ApiGatewaySecrets Secrets(ApiGatewayConfig config) => new(
        config.Session.Secret ?? throw new ArgumentException("The section sets no session.secret.", nameof(config)),
        config.Redis.AuthToken ?? throw new ArgumentException("The section sets no redis.authToken.", nameof(config)));

    /// <summary>kong.yml of <paramref name="config"/> with its own secrets, Redis at <paramref name="redisHost"/> (default <see cref="RedisHost"/>).</summary>
    public static KongDeclarativeConfig KongYml(ApiGatewayConfig config, Value? redisHost = null) =>
        KongDeclarativeConfigRenderer.Render(config, AllowedPaths, Upstream, redisHost ?? RedisHost, Secrets(config));

    /// <summary>Both files of <paramref name="config"/> with its own secrets.</summary>
    public static ApiGatewayFiles Files(ApiGatewayConfig config) => ApiGatewayRender.Render(config, AllowedPaths, Upstream, RedisHost, Secrets(config));

    /// <summary>The smallest valid section: what has no default (secrets, issuer) plus <paramref name="entries"/>.</summary>
    public static JsonObject Section(params (string Key, JsonNode? Value)[] entries)
    {
        var section = new JsonObject
        {
            ["redis"] = new JsonObject { ["authToken"] = "redis-token-1-abcdefgh" },
            ["session"] = new JsonObject { ["secret"] = "session-secret-with-\"quote" },
            ["auth"] = new JsonObject { ["issuer"] = "https://idp.example.com/realms/iris", ["audience"] = new JsonArray("iris-api") },
        };
        foreach (var (key, value) in entries)
        {
            section[key] = value;
        }

        return section;
    }

    public static ApiGatewayConfig Read(JsonObject section, bool secret = true)
    {
        var json = new JsonObject { [Key] = section.ToJsonString() };
        var raw = new PulumiEnvironmentConfigSource("iris-stack", "test", json.ToJsonString(), secret ? $"[\"{Key}\"]" : "[]").Read();
        var reader = new ConfigReader(raw);
        var config = ApiGatewayConfig.Read(reader.Namespace("iris-stack").Section("apiGateway", "API gateway"), AllowedPaths);
        reader.ThrowIfInvalid();
        return config;
    }

    public static string Error(JsonObject section, bool secret = true) =>
        Assert.Throws<ConfigException>(() => Read(section, secret)).Message;

    public static JsonNode? Json(string text) => JsonNode.Parse(text);
}
