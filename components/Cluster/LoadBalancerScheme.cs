namespace IrisStack.Components.Cluster;

/// <summary>Where the load balancers the AWS Load Balancer Controller creates are reachable from.</summary>
public enum LoadBalancerScheme
{
    /// <summary>Private addresses only (in the public subnets); reached through CloudFront VPC origins or from inside the VPC.</summary>
    Internal,

    /// <summary>Public addresses, limited by the inbound CIDRs.</summary>
    InternetFacing,
}
