using IrisStack.Components.Graph;

namespace IrisStack.Policies.Rules.Cluster;

/// <summary>Finds the launch template a managed node group uses (its <c>launchTemplate.id</c> or <c>.name</c> references one in the graph).</summary>
internal static class NodeGroupLaunchTemplates
{
    /// <summary>The node groups of the graph with their launch template node, or null when they use none of the graph's.</summary>
    public static IEnumerable<(ResourceNode Group, ResourceNode? Template)> All(ResourceGraph graph) =>
        graph.Nodes.Where(n => ClusterTypes.NodeGroups.Contains(n.Type)).Select(group =>
        {
            var template = ClusterTypes.Referenced(graph, group.Input("launchTemplate.id"))
                ?? ClusterTypes.Referenced(graph, group.Input("launchTemplate.name"));
            return (group, template?.Type == ClusterTypes.LaunchTemplate ? template : null);
        });
}
