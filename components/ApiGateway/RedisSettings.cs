using IrisStack.Components.Config;
using IrisStack.Components.Graph;

namespace IrisStack.Components.ApiGateway;

/// <summary>The Redis that rate-limiting-advanced keeps its counters in: TLS, verified, with an auth token.</summary>
/// <param name="Host">Redis endpoint host (the ElastiCache primary endpoint).</param>
/// <param name="Port">Redis port.</param>
/// <param name="ServerName">TLS server name checked against the certificate; the host when unset.</param>
/// <param name="TimeoutMs">Connect, send and read timeout in milliseconds.</param>
/// <param name="SyncRate">Seconds between counter syncs to Redis (0 = every request).</param>
/// <param name="AuthToken">The Redis AUTH token.</param>
public sealed record RedisSettings(string Host, int Port, string ServerName, int TimeoutMs, decimal SyncRate, SecretValue? AuthToken)
{
    /// <summary>Reads <c>apiGateway.redis</c>.</summary>
    public static RedisSettings Read(ConfigSection section)
    {
        var host = section.RequiredString("host", "Redis endpoint host (the ElastiCache primary endpoint)", "master.iris-rl.abc123.euw1.cache.amazonaws.com",
            h => HostPattern(h) ? null : $"'{h}' is not a host name.");
        var port = section.Int("port", 6379, "Redis port", 1, 65535);
        var serverName = section.String("serverName", host, "TLS server name checked against Redis's certificate",
            h => HostPattern(h) ? null : $"'{h}' is not a host name.");
        var timeout = section.Int("timeoutMs", 2000, "Connect, send and read timeout in milliseconds", 100, 60000);
        var syncRate = section.String("syncRate", "0.5", "Seconds between counter syncs to Redis (0 = synchronous, else at least 0.02)", SyncRateProblem);
        var token = section.Secret("authToken", "Redis AUTH token", required: true);
        section.RejectUnknownKeys();
        return new RedisSettings(host, port, serverName, timeout, decimal.Parse(syncRate, System.Globalization.CultureInfo.InvariantCulture), token);
    }

    // Kong's rule: 0 is synchronous, otherwise at least 0.02 s; -1 (local counters only) defeats Redis.
    private static string? SyncRateProblem(string text) =>
        decimal.TryParse(text, System.Globalization.NumberStyles.AllowDecimalPoint, System.Globalization.CultureInfo.InvariantCulture, out var rate) && (rate == 0 || rate >= 0.02m) && rate <= 3600
            ? null
            : $"'{text}' is not 0 or a number of seconds from 0.02 to 3600.";

    private static bool HostPattern(string host) =>
        host.Length is > 0 and <= 253 && host.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-');
}
