using System.Text;
using IrisStack.Components.Graph;
using IrisStack.Stack;

namespace IrisStack.Cli.Output;

/// <summary>
/// Diagrams of the stack: one box per layer component with its resource counts by type, and the
/// request path from the internet through every layer on it to IRIS. Mermaid for Markdown, DOT for Graphviz.
/// </summary>
internal static class GraphDiagram
{
    public static string Mermaid(ResourceGraph graph)
    {
        var text = new StringBuilder();
        text.AppendLine("flowchart LR");
        text.AppendLine("    internet((Internet))");
        foreach (var (node, layer) in Layers(graph))
        {
            text.AppendLine($"    subgraph {Id(node)}[\"{layer.Title}\"]");
            foreach (var (type, count) in Counts(graph, node))
            {
                text.AppendLine($"        {Id(node)}_{Id(type)}[\"{count} × {type}\"]");
            }

            text.AppendLine("    end");
        }

        var path = Path(graph);
        for (var i = 0; i < path.Count; i++)
        {
            text.AppendLine($"    {(i == 0 ? "internet" : Id(path[i - 1]))} --> {Id(path[i])}");
        }

        return text.ToString();
    }

    public static string Dot(ResourceGraph graph)
    {
        var text = new StringBuilder();
        text.AppendLine($"digraph \"{graph.Project}-{graph.Stack}\" {{");
        text.AppendLine("    rankdir=LR;");
        text.AppendLine("    node [shape=box];");
        text.AppendLine("    internet [label=\"Internet\", shape=ellipse];");
        foreach (var (node, layer) in Layers(graph))
        {
            text.AppendLine($"    subgraph cluster_{Id(node)} {{");
            text.AppendLine($"        label=\"{layer.Title}\";");
            text.AppendLine($"        {Id(node)} [label=\"{node.Name}\\n{node.Type}\"];");
            foreach (var (type, count) in Counts(graph, node))
            {
                text.AppendLine($"        {Id(node)}_{Id(type)} [label=\"{count} × {type}\", shape=note];");
            }

            text.AppendLine("    }");
        }

        var path = Path(graph);
        for (var i = 0; i < path.Count; i++)
        {
            text.AppendLine($"    {(i == 0 ? "internet" : Id(path[i - 1]))} -> {Id(path[i])};");
        }

        text.AppendLine("}");
        return text.ToString();
    }

    private static IEnumerable<(ResourceNode Node, Layer Layer)> Layers(ResourceGraph graph) =>
        graph.Nodes.Where(n => n.Kind == NodeKind.Component)
            .Select(n => (Node: n, Layer: LayerCatalog.Of(n.Type)))
            .Where(p => p.Layer is not null)
            .Select(p => (p.Node, p.Layer!));

    private static List<ResourceNode> Path(ResourceGraph graph) =>
        LayerCatalog.All.Where(l => l.OnTrafficPath)
            .SelectMany(l => graph.OfType(l.TypeToken))
            .ToList();

    // Resources anywhere below the component, counted by type.
    private static IEnumerable<(string Type, int Count)> Counts(ResourceGraph graph, ResourceNode component)
    {
        bool Below(ResourceNode node) => node.Parent is { } parent && (parent == component.Name || Below(graph[parent]));
        return graph.Nodes.Where(Below).GroupBy(n => n.Type).Select(g => (g.Key, g.Count()));
    }

    private static string Id(ResourceNode node) => Id(node.Name);

    private static string Id(string text) => new(text.Select(c => char.IsLetterOrDigit(c) ? c : '_').ToArray());
}
