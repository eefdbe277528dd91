using IrisStack.Components.Cluster;
using IrisStack.Components.Collections;
using IrisStack.Components.Edge.Alb;

namespace IrisStack.Stack.Components;

/// <summary>
/// Where an edge component's ALB goes when it is given another component's network and cluster:
/// the network's plain facts (its resources reach the component as <c>network.*</c> inputs), the
/// cluster's namespaces and tier chain (its provider and namespace as <c>cluster.*</c> resources),
/// and the API gateway Service the ALB forwards to.
/// </summary>
/// <param name="VpcCidr">The VPC's CIDR block.</param>
/// <param name="PublicSubnets">The public subnets' zones and blocks, in zone order.</param>
/// <param name="PrivateSubnets">The private subnets' zones and blocks, in zone order: where the ALB goes.</param>
/// <param name="Namespaces">The cluster's tier namespaces.</param>
/// <param name="TierChain">The cluster's tier chain.</param>
/// <param name="Target">The API gateway's proxy Service and port.</param>
public sealed record EdgeOriginPlacement(
    string VpcCidr,
    EquatableArray<(string Zone, string Cidr)> PublicSubnets,
    EquatableArray<(string Zone, string Cidr)> PrivateSubnets,
    TierNamespaces Namespaces,
    TierChain TierChain,
    AlbTarget Target);
