using System.Collections.Immutable;
using IrisStack.Components.Graph;

namespace IrisStack.Stack;

/// <summary>The layers in the order a request meets them; the platform layers (network, cluster) carry the others.</summary>
public static class LayerCatalog
{
    /// <summary>Every layer, traffic order first.</summary>
    public static ImmutableArray<Layer> All { get; } =
    [
        new(TypeTokens.Network, "Network (VPC, subnets, NAT, flow logs)", OnTrafficPath: false),
        new(TypeTokens.Cluster, "Cluster (private EKS, tier namespaces, network policies, encrypted storage)", OnTrafficPath: false),
        new(TypeTokens.Edge, "Edge (WAF for CloudFront)", OnTrafficPath: true),
        new(TypeTokens.WebGateway, "Web Gateway (hardened nginx + CSP.ini)", OnTrafficPath: true),
        new(TypeTokens.Data, "Data (IRIS cluster through IKO: mirroring, ECP, TLS, RBAC, audit, backups)", OnTrafficPath: true),
    ];

    /// <summary>The layer of a component type, or null for types that are not layers.</summary>
    public static Layer? Of(string typeToken) => All.FirstOrDefault(l => l.TypeToken == typeToken);
}
