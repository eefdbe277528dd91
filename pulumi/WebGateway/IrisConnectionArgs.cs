using Pulumi;

namespace IrisStack.Pulumi;

/// <summary>How the Web Gateway reaches IRIS: one CSP.ini server profile per server, over TLS.</summary>
public sealed class IrisConnectionArgs : ResourceArgs
{
    /// <summary>IRIS hosts the gateway connects to.</summary>
    [Input("servers")]
    public List<string>? Servers { get; set; }

    /// <summary>IRIS superserver port (default 1972).</summary>
    [Input("superserverPort")]
    public int? SuperserverPort { get; set; }

    /// <summary>IRIS account the gateway logs in with.</summary>
    [Input("username")]
    public string? Username { get; set; }

    /// <summary>That account's password, as a secret Output; unset, the component generates one.</summary>
    [Input("password")]
    public Input<string>? Password { get; set; }

    /// <summary>How application paths use several servers: loadBalancing (default) or failOver.</summary>
    [Input("alternativeServers")]
    public string? AlternativeServers { get; set; }
}
