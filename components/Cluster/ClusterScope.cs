using IrisStack.Components.Aws;
using IrisStack.Components.Graph;

namespace IrisStack.Components.Cluster;

/// <summary>What the parts of the cluster layer share while they add nodes: the graph, the stack, the config and the component.</summary>
internal sealed record ClusterScope(GraphBuilder Graph, StackContext Context, ClusterConfig Config, NodeRef Component, string ClusterName)
{
    /// <summary><c>arn:&lt;partition&gt;</c>.</summary>
    public string Arn => $"arn:{Context.Partition}";

    /// <summary>A child's logical name.</summary>
    public string Name(string role) => Naming.Child(Component.Name, role);

    /// <summary>Adds a resource under the component.</summary>
    public NodeRef Add(string type, string role, MapValue inputs, ResourceOptions? options = null) =>
        Graph.Resource(type, Name(role), inputs, Component.Name, options);

    /// <summary>The ARN of an AWS managed policy (<c>AmazonEKSWorkerNodePolicy</c>, <c>service-role/AmazonEBSCSIDriverPolicy</c>).</summary>
    public string ManagedPolicy(string name) => $"{Arn}:iam::aws:policy/{name}";

    /// <summary>Options that protect the node when the stack protects stateful resources.</summary>
    public ResourceOptions Protected(params string[] dependsOn) =>
        new() { Protect = Context.ProtectStatefulResources, DependsOn = [.. dependsOn] };
}
