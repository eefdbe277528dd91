using Pulumi;

namespace IrisStack.Pulumi;

/// <summary>The AWS Load Balancer Controller of a <see cref="Cluster"/> and the defaults it enforces.</summary>
public sealed class LoadBalancerControllerArgs : ResourceArgs
{
    /// <summary>Version of the eks/aws-load-balancer-controller chart (default 1.13.4).</summary>
    [Input("chartVersion")]
    public string? ChartVersion { get; set; }

    /// <summary>ELB security policy of every TLS listener; TLS 1.2 or newer.</summary>
    [Input("sslPolicy")]
    public string? SslPolicy { get; set; }

    /// <summary>Scheme enforced for every Ingress of the alb class: internal (default) or internetFacing.</summary>
    [Input("scheme")]
    public string? Scheme { get; set; }

    /// <summary>Sources allowed to reach the load balancers (default: the VPC CIDR).</summary>
    [Input("inboundCidrs")]
    public List<string>? InboundCidrs { get; set; }
}
