using System.Collections.Immutable;
using IrisStack.Components.Graph;

namespace IrisStack.Policies.Rules.Stack;

/// <summary>
/// Every way from the internet to an IRIS pod passes the WAF, CloudFront, the load balancer, the
/// API gateway and the Web Gateway, in that order: in the stack's <see cref="RequestPathGraph"/>,
/// a stage is entered only from the one before it (IRIS also from IRIS), wherever the traffic comes
/// from the internet or from a place the internet reaches. Each edge that skips a stage is a finding
/// on the resource that opens it.
/// </summary>
public sealed class NoBypassPath : StackPolicy
{
    private static readonly ImmutableHashSet<PathStage> OnPath = [PathStage.Internet, PathStage.Waf, PathStage.CloudFront, PathStage.LoadBalancer, PathStage.ApiGateway, PathStage.WebGateway, PathStage.Iris];

    /// <inheritdoc />
    public override string Id => "stack-no-bypass-path";

    /// <inheritdoc />
    public override string Description => "No path from the internet reaches IRIS except through WAF → CloudFront → load balancer → API gateway → Web Gateway: every CloudFront distribution, load balancer, TargetGroupBinding, Ingress, Service, security group rule and NetworkPolicy rule lets a request into a stage only from the stage before it.";

    /// <inheritdoc />
    public override string Rationale => "Each layer checks only its own resources, so one LoadBalancer Service, one security group open to the world or one NetworkPolicy admitting IRIS from the API gateway would let requests skip the WAF, Kong's authentication or the Web Gateway's allow-list while every layer's own policies still pass.";

    /// <inheritdoc />
    public override string Layer => "stack";

    /// <inheritdoc />
    public override ImmutableArray<string> PeerIds => [];

    /// <inheritdoc />
    public override bool Examines(string type) => RequestPathGraph.ExaminedTypes.Contains(type);

    /// <inheritdoc />
    public override PolicyOutcome Evaluate(ResourceGraph graph, PolicyContext context)
    {
        ArgumentNullException.ThrowIfNull(graph);
        if (!RequestPathGraph.HasIris(graph))
        {
            return PolicyOutcome.NotApplicable;
        }

        var edges = RequestPathGraph.Edges(graph);
        var exposed = Exposed(edges);
        var findings = edges
            .Where(e => Skips(e) && exposed.Contains(e.From))
            .GroupBy(e => (e.Resource, e.Property))
            .Select(g => new Finding(g.Key.Resource, g.Key.Property,
                $"It lets traffic from {g.First().From} reach {string.Join(", ", g.Select(e => e.To.Name).Distinct())}, which must be entered only from {RequestPathGraph.Before(g.First().To.Stage)}: a way to IRIS that skips a layer of the request path.",
                g.First().Fix));
        return PolicyOutcome.From(findings);
    }

    /// <summary>The edges that skip a stage and start where the internet reaches: each a way around a layer.</summary>
    public static IEnumerable<PathEdge> Bypasses(ResourceGraph graph)
    {
        var edges = RequestPathGraph.Edges(graph);
        var exposed = Exposed(edges);
        return edges.Where(e => Skips(e) && exposed.Contains(e.From));
    }

    private static bool Skips(PathEdge edge) => edge.To.Stage switch
    {
        PathStage.Waf => edge.From.Stage != PathStage.Internet,
        PathStage.CloudFront => edge.From.Stage != PathStage.Waf,
        PathStage.LoadBalancer => edge.From.Stage != PathStage.CloudFront,
        PathStage.ApiGateway => edge.From.Stage != PathStage.LoadBalancer,
        PathStage.WebGateway => edge.From.Stage != PathStage.ApiGateway,
        PathStage.Iris => edge.From.Stage is not (PathStage.WebGateway or PathStage.Iris),
        _ => false,
    };

    // The stages of the request path are taken as exposed, whatever this stack shows of the ways in
    // to them; anything else is exposed when the internet reaches it.
    private static HashSet<PathPoint> Exposed(ImmutableArray<PathEdge> edges)
    {
        var reached = new HashSet<PathPoint> { PathPoint.Internet };
        var queue = new Queue<PathPoint>(reached);
        while (queue.TryDequeue(out var point))
        {
            foreach (var next in edges.Where(e => e.From == point).Select(e => e.To).Where(reached.Add))
            {
                queue.Enqueue(next);
            }
        }

        reached.UnionWith(edges.SelectMany(e => new[] { e.From, e.To }).Where(p => OnPath.Contains(p.Stage) && p.Stage != PathStage.Iris));
        return reached;
    }
}
