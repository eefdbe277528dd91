using IrisStack.Components.Collections;
using IrisStack.Components.Config;

namespace IrisStack.Components.Cluster;

/// <summary>
/// The AWS Load Balancer Controller: chart version and the settings that replace its insecure
/// defaults (TLS policy ELBSecurityPolicy-2016-08, inbound 0.0.0.0/0) for every Ingress of the class.
/// </summary>
/// <param name="ChartVersion">Version of the <c>eks/aws-load-balancer-controller</c> chart.</param>
/// <param name="SslPolicy">ELB security policy for every HTTPS/TLS listener (TLS 1.2 or newer).</param>
/// <param name="Scheme">Scheme enforced for every Ingress of the class.</param>
/// <param name="InboundCidrs">Sources allowed to reach the load balancers; empty means the VPC CIDR.</param>
public sealed record LoadBalancerControllerSpec(string ChartVersion, string SslPolicy, LoadBalancerScheme Scheme, EquatableArray<Ipv4Cidr> InboundCidrs);
