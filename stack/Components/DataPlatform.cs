using IrisStack.Components.Cluster;
using IrisStack.Components.Collections;
using IrisStack.Components.Data;

namespace IrisStack.Stack.Components;

/// <summary>Where in a cluster the data component runs.</summary>
/// <param name="Namespaces">The tier namespaces; the IRIS cluster runs in <see cref="TierNamespaces.Iris"/>.</param>
/// <param name="TierChain">The tier chain of the cluster.</param>
/// <param name="Placement">The encrypted StorageClass and whether a node group is dedicated to IRIS.</param>
/// <param name="Zones">The cluster's availability zones, in order: the data members and the arbiter are placed in them.</param>
/// <param name="Handover">How the Kubernetes provider and the namespace reach the component.</param>
public sealed record DataPlatform(TierNamespaces Namespaces, TierChain TierChain, DataPlacement Placement, EquatableArray<string> Zones, ClusterHandover Handover);
