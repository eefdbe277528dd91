namespace IrisStack.Stack.Components;

/// <summary>How a workload component (the Web Gateway) is handed the cluster it runs on.</summary>
public enum ClusterHandover
{
    /// <summary>
    /// The Kubernetes provider comes the Pulumi way, from the component's <c>providers</c> option
    /// (or its parent's), and the namespace already exists: for a cluster the program did not
    /// build with IrisStack, and for every language of the component package.
    /// </summary>
    ProviderOption,

    /// <summary>
    /// A Cluster component of the same program hands over its Kubernetes provider and namespace
    /// resources: the nodes name that provider and wait for the namespace, exactly as in one graph.
    /// </summary>
    ClusterResources,
}
