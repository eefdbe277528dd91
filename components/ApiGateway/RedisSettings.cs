using IrisStack.Components.ApiGateway.Redis;
using IrisStack.Components.Config;
using IrisStack.Components.Graph;

namespace IrisStack.Components.ApiGateway;

/// <summary>
/// The Redis that rate-limiting-advanced keeps its counters in: TLS, verified, with an auth token.
/// Its host is the managed replication group's primary endpoint, an output, so it is no setting.
/// </summary>
/// <param name="Port">Redis port (Kong's client and the replication group).</param>
/// <param name="ServerName">TLS server name checked against the certificate; null for the endpoint host.</param>
/// <param name="TimeoutMs">Connect, send and read timeout in milliseconds.</param>
/// <param name="SyncRate">Seconds between counter syncs to Redis (0 = every request).</param>
/// <param name="AuthToken">The Redis AUTH token, Kong's password and the replication group's <c>authToken</c>; null = the layer generates one.</param>
/// <param name="Cluster">The ElastiCache replication group.</param>
public sealed record RedisSettings(int Port, string? ServerName, int TimeoutMs, decimal SyncRate, SecretValue? AuthToken, ElastiCacheSettings Cluster)
{
    /// <summary>Reads <c>apiGateway.redis</c>.</summary>
    public static RedisSettings Read(ConfigSection section)
    {
        var port = section.Int("port", 6379, "Redis port", 1024, 65535);
        var serverName = section.String("serverName", string.Empty, "TLS server name checked against Redis's certificate; empty = the replication group's primary endpoint",
            h => h.Length == 0 || HostPattern(h) ? null : $"'{h}' is not a host name.");
        var timeout = section.Int("timeoutMs", 2000, "Connect, send and read timeout in milliseconds", 100, 60000);
        var syncRate = section.String("syncRate", "0.5", "Seconds between counter syncs to Redis (0 = synchronous, else at least 0.02)", SyncRateProblem);
        var token = section.Secret("authToken", "Redis AUTH token (pulumi config set --secret): Kong's password and the replication group's auth token; 16 to 128 letters, digits and !&#$^<>-; unset = the layer generates 32 letters and digits", required: false);
        if (token?.Inner is StringValue { Value: var plain } && TokenProblem(plain) is { } problem)
        {
            section.Error("authToken", problem, "leave it unset to have one generated, or generate 32 letters and digits, e.g. `openssl rand -hex 16`, and set it with pulumi config set --secret.");
        }

        var cluster = ElastiCacheSettings.Read(section);
        section.RejectUnknownKeys();
        return new RedisSettings(port, serverName.Length == 0 ? null : serverName, timeout, decimal.Parse(syncRate, System.Globalization.CultureInfo.InvariantCulture), token, cluster);
    }

    // ElastiCache's AUTH token rules (CreateReplicationGroup AuthToken): 16 to 128 printable ASCII
    // characters, the only special ones !, &, #, $, ^, <, > and - (older docs only barred @, " and /).
    private static string? TokenProblem(string token) =>
        token.Length is < 16 or > 128 ? "is not 16 to 128 characters long, as ElastiCache requires."
        : token.Any(c => !char.IsAsciiLetterOrDigit(c) && c is not ('!' or '&' or '#' or '$' or '^' or '<' or '>' or '-')) ? "holds a character ElastiCache refuses (only letters, digits and !, &, #, $, ^, <, > and -)."
        : null;

    // Kong's rule: 0 is synchronous, otherwise at least 0.02 s; -1 (local counters only) defeats Redis.
    private static string? SyncRateProblem(string text) =>
        decimal.TryParse(text, System.Globalization.NumberStyles.AllowDecimalPoint, System.Globalization.CultureInfo.InvariantCulture, out var rate) && (rate == 0 || rate >= 0.02m) && rate <= 3600
            ? null
            : $"'{text}' is not 0 or a number of seconds from 0.02 to 3600.";

    private static bool HostPattern(string host) =>
        host.Length is > 0 and <= 253 && host.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-');
}
