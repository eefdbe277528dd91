using Pulumi;

namespace IrisStack.Pulumi;

/// <summary>Request size, timeout and rate limits of the Web Gateway.</summary>
public sealed class WebGatewayLimitsArgs : ResourceArgs
{
    /// <summary>Largest request body (nginx size, e.g. 10m).</summary>
    [Input("maxBodySize")]
    public string? MaxBodySize { get; set; }

    /// <summary>Body buffer size (nginx size).</summary>
    [Input("clientBodyBufferSize")]
    public string? ClientBodyBufferSize { get; set; }

    /// <summary>Header buffer size (nginx size).</summary>
    [Input("clientHeaderBufferSize")]
    public string? ClientHeaderBufferSize { get; set; }

    /// <summary>Number of large header buffers.</summary>
    [Input("largeHeaderBufferCount")]
    public int? LargeHeaderBufferCount { get; set; }

    /// <summary>Size of each large header buffer (nginx size).</summary>
    [Input("largeHeaderBufferSize")]
    public string? LargeHeaderBufferSize { get; set; }

    /// <summary>Seconds a client has to send its headers.</summary>
    [Input("clientHeaderTimeoutSeconds")]
    public int? ClientHeaderTimeoutSeconds { get; set; }

    /// <summary>Longest pause in seconds between two body reads.</summary>
    [Input("clientBodyTimeoutSeconds")]
    public int? ClientBodyTimeoutSeconds { get; set; }

    /// <summary>Longest pause in seconds between two writes to the client.</summary>
    [Input("sendTimeoutSeconds")]
    public int? SendTimeoutSeconds { get; set; }

    /// <summary>Idle keep-alive connections close after this many seconds.</summary>
    [Input("keepaliveTimeoutSeconds")]
    public int? KeepaliveTimeoutSeconds { get; set; }

    /// <summary>Sustained requests per second per client IP.</summary>
    [Input("requestsPerSecond")]
    public int? RequestsPerSecond { get; set; }

    /// <summary>Requests per client IP allowed above the rate.</summary>
    [Input("requestBurst")]
    public int? RequestBurst { get; set; }

    /// <summary>Concurrent connections per client IP.</summary>
    [Input("connectionsPerClient")]
    public int? ConnectionsPerClient { get; set; }
}
