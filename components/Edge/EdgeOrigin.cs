using IrisStack.Components.Cluster;
using IrisStack.Components.Edge.Alb;
using IrisStack.Components.Network;

namespace IrisStack.Components.Edge;

/// <summary>Where the edge's ALB stands and what it forwards to: the network's private subnets, the cluster (for the TargetGroupBinding) and the API gateway's proxy Service.</summary>
/// <param name="Network">The network the internal ALB goes in.</param>
/// <param name="Cluster">The cluster whose provider and API gateway namespace the TargetGroupBinding uses.</param>
/// <param name="Target">The API gateway's proxy Service and port.</param>
public sealed record EdgeOrigin(NetworkOutputs Network, ClusterOutputs Cluster, AlbTarget Target);
