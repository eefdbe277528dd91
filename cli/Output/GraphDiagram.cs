using System.Text;
using IrisStack.Components.Graph;
using IrisStack.Policies.Rules.Stack;
using IrisStack.Stack;

namespace IrisStack.Cli.Output;

/// <summary>
/// Diagrams of the stack: one box per layer component with its resource counts by type, and the
/// request-path graph (<see cref="RequestPathGraph"/>): the internet, WAF web ACLs, distributions,
/// load balancers and pod groups, grouped by stage, each arrow labelled with the resource that opens
/// it. Arrows that bypass a stage, and the way from the internet to them, are drawn in red.
/// Mermaid for Markdown, DOT for Graphviz.
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

        var view = RequestPathView.Of(graph);
        foreach (var stage in view.Points.GroupBy(p => p.Stage))
        {
            text.AppendLine($"    subgraph stage_{stage.Key}[\"{StageTitle(stage.Key)}\"]");
            foreach (var point in stage)
            {
                text.AppendLine($"        {PointId(view, point)}[\"{MermaidText(point.Name)}\"]");
            }

            text.AppendLine("    end");
        }

        // Mermaid styles a link by its position among all links; the layer boxes have none.
        for (var i = 0; i < view.Arrows.Length; i++)
        {
            var arrow = view.Arrows[i];
            text.AppendLine($"    {PointId(view, arrow.From)} -->|\"{MermaidText(arrow.Resource)}\"| {PointId(view, arrow.To)}");
        }

        for (var i = 0; i < view.Arrows.Length; i++)
        {
            if (view.Arrows[i].OnBypass)
            {
                text.AppendLine($"    linkStyle {i} stroke:red,stroke-width:2px");
            }
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

        var view = RequestPathView.Of(graph);
        foreach (var stage in view.Points.GroupBy(p => p.Stage))
        {
            text.AppendLine($"    subgraph cluster_stage_{stage.Key} {{");
            text.AppendLine($"        label=\"{StageTitle(stage.Key)}\";");
            foreach (var point in stage)
            {
                text.AppendLine($"        {PointId(view, point)} [label=\"{DotText(point.Name)}\"];");
            }

            text.AppendLine("    }");
        }

        foreach (var arrow in view.Arrows)
        {
            var style = arrow.OnBypass ? $", color=red, penwidth=2, tooltip=\"{DotText(string.Join(" ", arrow.Fixes))}\"" : "";
            text.AppendLine($"    {PointId(view, arrow.From)} -> {PointId(view, arrow.To)} [label=\"{DotText(arrow.Resource)}\"{style}];");
        }

        text.AppendLine("}");
        return text.ToString();
    }

    private static IEnumerable<(ResourceNode Node, Layer Layer)> Layers(ResourceGraph graph) =>
        graph.Nodes.Where(n => n.Kind == NodeKind.Component)
            .Select(n => (Node: n, Layer: LayerCatalog.Of(n.Type)))
            .Where(p => p.Layer is not null)
            .Select(p => (p.Node, p.Layer!));

    // Resources anywhere below the component, counted by type.
    private static IEnumerable<(string Type, int Count)> Counts(ResourceGraph graph, ResourceNode component)
    {
        bool Below(ResourceNode node) => node.Parent is { } parent && (parent == component.Name || Below(graph[parent]));
        return graph.Nodes.Where(Below).GroupBy(n => n.Type).Select(g => (g.Key, g.Count()));
    }

    private static string StageTitle(PathStage stage) => stage switch
    {
        PathStage.Internet => "Internet",
        PathStage.Waf => "WAF web ACLs",
        PathStage.CloudFront => "CloudFront distributions",
        PathStage.LoadBalancer => "Load balancers",
        PathStage.ApiGateway => "API gateway pods",
        PathStage.WebGateway => "Web Gateway pods",
        PathStage.Iris => "IRIS pods",
        PathStage.Other => "Off the request path",
        _ => throw new ArgumentOutOfRangeException(nameof(stage), stage, "a stage with no title"),
    };

    // Points are numbered in drawing order: names such as `ns/tier` or `addresses 10.0.0.0/16` make
    // poor identifiers, and two names could sanitise to the same one.
    private static string PointId(RequestPathView view, PathPoint point) =>
        point == PathPoint.Internet ? "internet" : $"path{view.Points.IndexOf(point)}";

    private static string MermaidText(string text) => text.Replace("\"", "#quot;", StringComparison.Ordinal);

    private static string DotText(string text) => text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal);

    private static string Id(ResourceNode node) => Id(node.Name);

    private static string Id(string text) => new(text.Select(c => char.IsLetterOrDigit(c) ? c : '_').ToArray());
}
