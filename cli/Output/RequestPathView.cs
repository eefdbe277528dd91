using System.Collections.Immutable;
using IrisStack.Components.Graph;
using IrisStack.Policies.Rules.Stack;

namespace IrisStack.Cli.Output;

/// <summary>
/// The stack's request-path graph as a diagram draws it: its points in stage then name order, one
/// arrow per source, target and opening resource, and which arrows lie on a bypass: the edges
/// <see cref="NoBypassPath.Bypasses"/> reports and the shortest way from the internet to each.
/// </summary>
internal sealed class RequestPathView
{
    private RequestPathView(ImmutableArray<PathPoint> points, ImmutableArray<Arrow> arrows)
    {
        Points = points;
        Arrows = arrows;
    }

    /// <summary>Every point but the internet, ordered by stage then name.</summary>
    public ImmutableArray<PathPoint> Points { get; }

    /// <summary>Every arrow, ordered by source, target and resource.</summary>
    public ImmutableArray<Arrow> Arrows { get; }

    public static RequestPathView Of(ResourceGraph graph)
    {
        var edges = RequestPathGraph.Edges(graph);
        var order = Comparer<PathPoint>.Create((a, b) => a.Stage != b.Stage ? a.Stage.CompareTo(b.Stage) : string.CompareOrdinal(a.Name, b.Name));
        var grouped = edges
            .GroupBy(e => (e.From, e.To, e.Resource))
            .OrderBy(g => g.Key.From, order).ThenBy(g => g.Key.To, order).ThenBy(g => g.Key.Resource, StringComparer.Ordinal)
            .Select(g => (g.Key, Fixes: g.Select(e => e.Fix).Distinct().ToImmutableArray()))
            .ToList();

        var red = OnBypass(grouped.Select(g => g.Key).ToList(), NoBypassPath.Bypasses(graph).Select(e => (e.From, e.To, e.Resource)).ToHashSet());
        var arrows = grouped.Select(g => new Arrow(g.Key.From, g.Key.To, g.Key.Resource, g.Fixes, red.Contains(g.Key))).ToImmutableArray();
        var points = edges.SelectMany(e => new[] { e.From, e.To }).Where(p => p != PathPoint.Internet).Distinct().Order(order).ToImmutableArray();
        return new RequestPathView(points, arrows);
    }

    // The bypass arrows and, for each, the arrows of a shortest way to its source from the internet
    // (a breadth-first search over the arrows in their drawing order, so the choice is stable).
    private static HashSet<(PathPoint, PathPoint, string)> OnBypass(List<(PathPoint From, PathPoint To, string Resource)> arrows, HashSet<(PathPoint, PathPoint, string)> bypasses)
    {
        var cameBy = new Dictionary<PathPoint, (PathPoint From, PathPoint To, string Resource)>();
        var reached = new HashSet<PathPoint> { PathPoint.Internet };
        var queue = new Queue<PathPoint>(reached);
        while (queue.TryDequeue(out var point))
        {
            foreach (var arrow in arrows.Where(a => a.From == point && reached.Add(a.To)))
            {
                cameBy[arrow.To] = arrow;
                queue.Enqueue(arrow.To);
            }
        }

        var red = new HashSet<(PathPoint, PathPoint, string)>();
        foreach (var bypass in arrows.Where(bypasses.Contains))
        {
            red.Add(bypass);
            var point = bypass.From;
            while (cameBy.TryGetValue(point, out var step) && red.Add(step))
            {
                point = step.From;
            }
        }

        return red;
    }
}
