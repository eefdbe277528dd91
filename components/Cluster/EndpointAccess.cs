using IrisStack.Components.Collections;
using IrisStack.Components.Config;

namespace IrisStack.Components.Cluster;

/// <summary>How the EKS API endpoint is reached. The private endpoint is always on.</summary>
public abstract record EndpointAccess
{
    private EndpointAccess()
    {
    }

    /// <summary>Private endpoint only: kubectl and Pulumi must run inside the VPC (VPN, bastion, runner).</summary>
    public sealed record PrivateOnly : EndpointAccess;

    /// <summary>Private endpoint, plus the public endpoint for the listed admin networks only.</summary>
    /// <param name="AdminCidrs">The networks allowed on the public endpoint; never empty, never 0.0.0.0/0.</param>
    public sealed record PrivateAndAdminCidrs(EquatableArray<Ipv4Cidr> AdminCidrs) : EndpointAccess;
}
