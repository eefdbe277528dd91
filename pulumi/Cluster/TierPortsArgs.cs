using Pulumi;

namespace IrisStack.Pulumi;

/// <summary>The ports of the tier chain that a <see cref="Cluster"/>'s NetworkPolicies open.</summary>
public sealed class TierPortsArgs : ResourceArgs
{
    /// <summary>Kong proxy port the load balancer targets (default 8443).</summary>
    [Input("apiGatewayProxy")]
    public int? ApiGatewayProxy { get; set; }

    /// <summary>Web Gateway pod port (default 8443; the Service maps 443 to it).</summary>
    [Input("webGateway")]
    public int? WebGateway { get; set; }

    /// <summary>IRIS superserver port: Web Gateway, ECP, mirroring (default 1972).</summary>
    [Input("irisSuperserver")]
    public int? IrisSuperserver { get; set; }

    /// <summary>IRIS web server port (default 52773).</summary>
    [Input("irisWebServer")]
    public int? IrisWebServer { get; set; }

    /// <summary>ISCAgent port of mirror members and the arbiter (default 2188).</summary>
    [Input("iscAgent")]
    public int? IscAgent { get; set; }

    /// <summary>Redis port (default 6379).</summary>
    [Input("redis")]
    public int? Redis { get; set; }
}
