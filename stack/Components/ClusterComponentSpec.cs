using IrisStack.Components.Cluster;
using IrisStack.Components.Network;

namespace IrisStack.Stack.Components;

/// <summary>A cluster component's validated spec.</summary>
/// <param name="Shared">Region, account, tags, protection and policy settings.</param>
/// <param name="Network">The network the cluster goes in: plain CIDRs and zones, ids and the logs key as external inputs (<c>network.*</c>).</param>
/// <param name="Cluster">The cluster settings, the shape of <c>iris-stack:cluster</c>.</param>
public sealed record ClusterComponentSpec(ComponentContext Shared, NetworkOutputs Network, ClusterConfig Cluster);
