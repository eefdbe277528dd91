using IrisStack.Components.Cluster;

namespace IrisStack.Stack.Components;

/// <summary>Where in a cluster the Web Gateway component runs.</summary>
/// <param name="Namespaces">The tier namespaces; the gateway runs in <see cref="TierNamespaces.WebGateway"/>.</param>
/// <param name="TierChain">The tier chain whose Web Gateway port the pods serve on.</param>
/// <param name="Handover">How the Kubernetes provider and the namespace reach the component.</param>
public sealed record WebGatewayPlacement(TierNamespaces Namespaces, TierChain TierChain, ClusterHandover Handover);
