using Pulumi;

namespace IrisStack.Pulumi;

/// <summary>TLS on the IRIS superserver.</summary>
public sealed class SuperserverTlsArgs : ResourceArgs
{
    /// <summary>Require TLS on the superserver (default true; the support level's value is unconfirmed, turn off only if the instance refuses it).</summary>
    [Input("required")]
    public bool? Required { get; set; }

    /// <summary>The superserver port (default 1972).</summary>
    [Input("port")]
    public int? Port { get; set; }

    /// <summary>The TLS configuration the superserver uses (default %SuperServer).</summary>
    [Input("sslConfig")]
    public string? SslConfig { get; set; }
}
