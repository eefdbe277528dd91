using System.Text.RegularExpressions;
using IrisStack.Components.Config;

namespace IrisStack.Components.WebGateway;

/// <summary>
/// Request size, buffer, timeout and per-client rate limits: the second line behind the API
/// gateway's own limits. Sizes are nginx sizes (<c>10m</c>, <c>16k</c>).
/// </summary>
/// <param name="MaxBodySize">client_max_body_size: larger bodies get 413.</param>
/// <param name="ClientBodyBufferSize">client_body_buffer_size: bodies beyond it go to a temp file.</param>
/// <param name="ClientHeaderBufferSize">client_header_buffer_size for ordinary requests.</param>
/// <param name="LargeHeaderBufferCount">Number of large header buffers (total header budget).</param>
/// <param name="LargeHeaderBufferSize">Size of one large header buffer: the longest header line admitted (a large JWT must fit).</param>
/// <param name="ClientHeaderTimeoutSeconds">Time a client has to send the headers.</param>
/// <param name="ClientBodyTimeoutSeconds">Longest pause between two body reads.</param>
/// <param name="SendTimeoutSeconds">Longest pause between two writes to the client.</param>
/// <param name="KeepaliveTimeoutSeconds">Idle keep-alive connections close after this.</param>
/// <param name="RequestsPerSecond">Sustained requests per second per client IP.</param>
/// <param name="RequestBurst">Requests per client IP allowed above the rate before 429.</param>
/// <param name="ConnectionsPerClient">Concurrent connections per client IP.</param>
public sealed partial record RequestLimits(
    string MaxBodySize,
    string ClientBodyBufferSize,
    string ClientHeaderBufferSize,
    int LargeHeaderBufferCount,
    string LargeHeaderBufferSize,
    int ClientHeaderTimeoutSeconds,
    int ClientBodyTimeoutSeconds,
    int SendTimeoutSeconds,
    int KeepaliveTimeoutSeconds,
    int RequestsPerSecond,
    int RequestBurst,
    int ConnectionsPerClient)
{
    /// <summary>The defaults: 10 MB bodies, 16 KB header lines (a large JWT fits), 10 s timeouts, 50 r/s per client.</summary>
    public static RequestLimits Default { get; } = new("10m", "16k", "1k", 4, "16k", 10, 10, 10, 15, 50, 100, 50);

    /// <summary>Reads <c>iris-stack:webGateway.limits</c>.</summary>
    public static RequestLimits Read(ConfigSection section)
    {
        var d = Default;
        string Size(string key, string @default, string description) =>
            section.String(key, @default, description,
                s => SizePattern().IsMatch(s) ? null : $"'{s}' is not an nginx size greater than zero (e.g. 16k, 10m).");

        var limits = new RequestLimits(
            Size("maxBodySize", d.MaxBodySize, "Largest request body (client_max_body_size); larger bodies get 413"),
            Size("clientBodyBufferSize", d.ClientBodyBufferSize, "Body buffer before spilling to a temp file"),
            Size("clientHeaderBufferSize", d.ClientHeaderBufferSize, "Header buffer for ordinary requests"),
            section.Int("largeHeaderBufferCount", d.LargeHeaderBufferCount, "Number of large header buffers", 2, 16),
            Size("largeHeaderBufferSize", d.LargeHeaderBufferSize, "Longest header line admitted (a large JWT must fit); longer requests are refused"),
            section.Int("clientHeaderTimeoutSeconds", d.ClientHeaderTimeoutSeconds, "Seconds a client has to send its headers (slow-loris)", 1, 120),
            section.Int("clientBodyTimeoutSeconds", d.ClientBodyTimeoutSeconds, "Longest pause in seconds between two body reads", 1, 300),
            section.Int("sendTimeoutSeconds", d.SendTimeoutSeconds, "Longest pause in seconds between two writes to the client", 1, 300),
            section.Int("keepaliveTimeoutSeconds", d.KeepaliveTimeoutSeconds, "Idle keep-alive connections close after this many seconds", 1, 300),
            section.Int("requestsPerSecond", d.RequestsPerSecond, "Sustained requests per second per client IP (429 beyond rate + burst)", 1, 100000),
            section.Int("requestBurst", d.RequestBurst, "Requests per client IP allowed above the rate", 0, 100000),
            section.Int("connectionsPerClient", d.ConnectionsPerClient, "Concurrent connections per client IP (nginx allows at most 65535)", 1, 65535));
        if (Bytes(limits.LargeHeaderBufferSize) < 8 * 1024 && SizePattern().IsMatch(limits.LargeHeaderBufferSize))
        {
            section.Error("largeHeaderBufferSize", $"{limits.LargeHeaderBufferSize} is too small for a large JWT bearer token.", "use 8k or more, e.g. 16k.");
        }

        section.RejectUnknownKeys();
        return limits;
    }

    /// <summary>An nginx size in bytes.</summary>
    public static long Bytes(string size) => size[^1] switch
    {
        'k' or 'K' => long.Parse(size[..^1], System.Globalization.CultureInfo.InvariantCulture) * 1024,
        'm' or 'M' => long.Parse(size[..^1], System.Globalization.CultureInfo.InvariantCulture) * 1024 * 1024,
        _ => long.Parse(size, System.Globalization.CultureInfo.InvariantCulture),
    };

    [GeneratedRegex("^[1-9][0-9]{0,8}[kKmM]?$")]
    private static partial Regex SizePattern();
}
