using System.Collections.Immutable;
using IrisStack.Components.Graph;
using IrisStack.Policies.Rules.Cluster;

namespace IrisStack.Policies.Rules.Stack;

/// <summary>
/// The ways traffic can move through a stack, read off its resources: the internet to WAF web ACLs
/// and CloudFront distributions, distributions to their load balancer origins (VPC origins or
/// custom origins), the internet to internet-facing load balancers whose security groups admit
/// the world, load balancers to pods through TargetGroupBindings and Ingresses, the internet to
/// pods through LoadBalancer and NodePort Services and through security groups open to the world,
/// and pod to pod through NetworkPolicy ingress rules. Pods are grouped by namespace and tier label.
/// </summary>
public static class RequestPathGraph
{
    private const string Distribution = "aws:cloudfront/distribution:Distribution";
    private const string VpcOrigin = "aws:cloudfront/vpcOrigin:VpcOrigin";
    private const string TargetGroupBinding = "kubernetes:elbv2.k8s.aws/v1beta1:TargetGroupBinding";
    private const string Service = "kubernetes:core/v1:Service";
    private const string Ingress = "kubernetes:networking.k8s.io/v1:Ingress";
    private const string IrisCluster = "kubernetes:intersystems.com/v1alpha1:IrisCluster";

    /// <summary>Load balancer types (the aws:alb alias included).</summary>
    public static readonly ImmutableHashSet<string> LoadBalancers = ["aws:lb/loadBalancer:LoadBalancer", "aws:alb/loadBalancer:LoadBalancer"];

    /// <summary>Every type the graph is read from.</summary>
    public static readonly ImmutableHashSet<string> ExaminedTypes =
    [
        Distribution, VpcOrigin, TargetGroupBinding, Service, Ingress, IrisCluster, ClusterTypes.NetworkPolicy,
        "aws:wafv2/webAcl:WebAcl", "aws:ec2/securityGroup:SecurityGroup", "aws:ec2/securityGroupRule:SecurityGroupRule", "aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule",
        .. LoadBalancers, .. ClusterTypes.Listeners,
    ];

    private static readonly PathPoint Nodes = new(PathStage.Other, "the cluster's nodes");

    /// <summary>Every edge of the graph.</summary>
    public static ImmutableArray<PathEdge> Edges(ResourceGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var pods = new PodPoints(graph);
        var edges = ImmutableArray.CreateBuilder<PathEdge>();
        var worldRules = WorldIngress(graph);
        var balancerGroups = new HashSet<string>(StringComparer.Ordinal);

        foreach (var distribution in graph.OfType(Distribution))
        {
            var point = new PathPoint(PathStage.CloudFront, distribution.Name);
            if (ClusterTypes.IsSet(distribution.Input("webAclId")))
            {
                var acl = ClusterTypes.Referenced(graph, distribution.Input("webAclId"))?.Name ?? "its web ACL";
                var waf = new PathPoint(PathStage.Waf, acl);
                edges.Add(new PathEdge(PathPoint.Internet, waf, distribution.Name, "webAclId", "none needed"));
                edges.Add(new PathEdge(waf, point, distribution.Name, "webAclId", "none needed"));
            }
            else
            {
                edges.Add(new PathEdge(PathPoint.Internet, point, distribution.Name, "webAclId",
                    "attach the edge layer's WAF web ACL to the distribution (webAclId), so no request reaches it unfiltered."));
            }

            var origins = (distribution.Input("origins") as ListValue)?.Items ?? [];
            for (var i = 0; i < origins.Length; i++)
            {
                var origin = origins[i] as MapValue;
                var target = ClusterTypes.Referenced(graph, (origin?["vpcOriginConfig"] as MapValue)?["vpcOriginId"]) is { Type: VpcOrigin } vpcOrigin
                    ? ClusterTypes.Referenced(graph, vpcOrigin.Input("vpcOriginEndpointConfig.arn"))
                    : ClusterTypes.Referenced(graph, origin?["domainName"]);
                if (target is not null && LoadBalancers.Contains(target.Type))
                {
                    edges.Add(new PathEdge(point, new PathPoint(PathStage.LoadBalancer, target.Name), distribution.Name, $"origins[{i}]", "none needed"));
                }
            }
        }

        foreach (var balancer in graph.Nodes.Where(n => LoadBalancers.Contains(n.Type)))
        {
            var groups = (balancer.Input("securityGroups") as ListValue)?.Items.Select(v => ClusterTypes.Referenced(graph, v)?.Name).OfType<string>().ToList() ?? [];
            balancerGroups.UnionWith(groups);
            if (balancer.Input("internal") is BoolValue { Value: true })
            {
                continue;
            }

            var point = new PathPoint(PathStage.LoadBalancer, balancer.Name);
            const string Fix = "make the load balancer internal behind a CloudFront VPC origin, or let its security group admit only the com.amazonaws.global.cloudfront.origin-facing prefix list.";
            var open = groups.SelectMany(g => worldRules.GetValueOrDefault(g, [])).ToList();
            if (groups.Count == 0)
            {
                edges.Add(new PathEdge(PathPoint.Internet, point, balancer.Name, "securityGroups", "give the internet-facing load balancer a security group of its own; then " + Fix));
            }

            edges.AddRange(open.Select(rule => new PathEdge(PathPoint.Internet, point, rule.Resource, rule.Property, Fix)));
        }

        // Security groups open to the world that no load balancer uses: the nodes behind them serve
        // NodePorts and host ports, which reach every pod.
        foreach (var (group, rules) in worldRules.Where(r => !balancerGroups.Contains(r.Key)))
        {
            foreach (var rule in rules)
            {
                edges.Add(new PathEdge(PathPoint.Internet, Nodes, rule.Resource, rule.Property, "admit only the sources that need the port (the VPC, a load balancer's security group), never 0.0.0.0/0 or ::/0."));
                edges.AddRange(pods.All.Select(p => new PathEdge(Nodes, p, rule.Resource, rule.Property,
                    $"remove the world from security group {group}'s ingress: traffic to the nodes reaches every pod through NodePorts and host ports.")));
            }
        }

        edges.AddRange(TargetGroupBindings(graph, pods));
        edges.AddRange(ExposingServices(graph, pods));
        edges.AddRange(Ingresses(graph, pods));
        edges.AddRange(NetworkPolicyRules(graph, pods));
        return edges.ToImmutable();
    }

    /// <summary>The pod groups of IRIS: whether the graph has anything to protect.</summary>
    public static bool HasIris(ResourceGraph graph) => new PodPoints(graph).All.Any(p => p.Stage == PathStage.Iris);

    // Security group name → its ingress rules open to 0.0.0.0/0 or ::/0.
    private static Dictionary<string, List<(string Resource, string Property)>> WorldIngress(ResourceGraph graph) =>
        WorldIngressRules.In(graph).Where(r => r.Group is not null)
            .GroupBy(r => r.Group!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(r => (r.Resource, r.Property)).ToList(), StringComparer.Ordinal);

    private static IEnumerable<PathEdge> TargetGroupBindings(ResourceGraph graph, PodPoints pods)
    {
        // Which load balancers forward to a target group: its listeners' default actions.
        var balancersOf = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var listener in graph.Nodes.Where(n => ClusterTypes.Listeners.Contains(n.Type)))
        {
            var balancer = ClusterTypes.Referenced(graph, listener.Input("loadBalancerArn"))?.Name;
            foreach (var action in (listener.Input("defaultActions") as ListValue)?.Items.OfType<MapValue>() ?? [])
            {
                if (balancer is not null && ClusterTypes.Referenced(graph, action["targetGroupArn"])?.Name is { } group)
                {
                    (balancersOf.TryGetValue(group, out var list) ? list : balancersOf[group] = []).Add(balancer);
                }
            }
        }

        foreach (var binding in graph.OfType(TargetGroupBinding))
        {
            var group = ClusterTypes.Referenced(graph, binding.Input("spec.targetGroupARN"))?.Name;
            var targets = pods.OfService(binding, ClusterTypes.Text(binding, "spec.serviceRef.name"));
            foreach (var balancer in group is null ? [] : balancersOf.GetValueOrDefault(group, []))
            {
                foreach (var target in targets)
                {
                    yield return new PathEdge(new PathPoint(PathStage.LoadBalancer, balancer), target, binding.Name, "spec.serviceRef",
                        "bind the load balancer's target group to the API gateway's proxy Service only; the tiers behind it are reached through Kong.");
                }
            }
        }
    }

    private static IEnumerable<PathEdge> ExposingServices(ResourceGraph graph, PodPoints pods) =>
        graph.OfType(Service)
            .Where(s => ClusterTypes.Text(s, "spec.type") is "LoadBalancer" or "NodePort")
            .SelectMany(s => pods.Selected(s, s.Input("spec.selector") as MapValue).Select(target => new PathEdge(PathPoint.Internet, target, s.Name, "spec.type",
                $"make the Service ClusterIP: a {ClusterTypes.Text(s, "spec.type")} Service opens its pods to whatever reaches the load balancer or the nodes, past CloudFront, the WAF and the tiers before them.")));

    private static IEnumerable<PathEdge> Ingresses(ResourceGraph graph, PodPoints pods)
    {
        foreach (var ingress in graph.OfType(Ingress))
        {
            var balancer = new PathPoint(PathStage.LoadBalancer, $"the load balancer of Ingress {ingress.Name}");
            var annotations = ingress.Input("metadata.annotations") as MapValue;
            if ((annotations?["alb.ingress.kubernetes.io/scheme"] as StringValue)?.Value == "internet-facing")
            {
                yield return new PathEdge(PathPoint.Internet, balancer, ingress.Name, "metadata.annotations.alb.ingress.kubernetes.io/scheme",
                    "remove the Ingress (the edge layer's ALB and TargetGroupBinding carry the traffic), or make it internal.");
            }

            var backends = new List<string?> { ClusterTypes.Text(ingress, "spec.defaultBackend.service.name") };
            foreach (var rule in (ingress.Input("spec.rules") as ListValue)?.Items.OfType<MapValue>() ?? [])
            {
                backends.AddRange(((rule["http"] as MapValue)?["paths"] as ListValue)?.Items.OfType<MapValue>()
                    .Select(p => (((p["backend"] as MapValue)?["service"] as MapValue)?["name"] as StringValue)?.Value) ?? []);
            }

            foreach (var target in backends.OfType<string>().SelectMany(name => pods.OfService(ingress, name)))
            {
                yield return new PathEdge(balancer, target, ingress.Name, "spec", "route the Ingress to the API gateway's proxy Service only, or remove it.");
            }
        }
    }

    private static IEnumerable<PathEdge> NetworkPolicyRules(ResourceGraph graph, PodPoints pods)
    {
        foreach (var policy in graph.OfType(ClusterTypes.NetworkPolicy))
        {
            var targets = pods.Selected(policy, policy.Input("spec.podSelector") as MapValue).ToList();
            var rules = (policy.Input("spec.ingress") as ListValue)?.Items ?? [];
            for (var i = 0; i < rules.Length; i++)
            {
                var peers = ((rules[i] as MapValue)?["from"] as ListValue)?.Items ?? [];
                var sources = peers.IsEmpty
                    ? [(PathPoint.Internet, $"spec.ingress[{i}]")]
                    : peers.SelectMany((peer, j) => pods.Peer(policy, peer as MapValue).Select(p => (p, $"spec.ingress[{i}].from[{j}]"))).ToList();
                foreach (var (source, property) in sources)
                {
                    foreach (var target in targets)
                    {
                        yield return new PathEdge(source, target, policy.Name, property,
                            $"admit {target.Name} only from the tier before it on the request path ({Before(target.Stage)}).");
                    }
                }
            }
        }
    }

    /// <summary>The stage a request must come from to enter <paramref name="stage"/>.</summary>
    public static string Before(PathStage stage) => stage switch
    {
        PathStage.Waf => "the internet",
        PathStage.CloudFront => "its WAF web ACL",
        PathStage.LoadBalancer => "CloudFront",
        PathStage.ApiGateway => "the load balancer",
        PathStage.WebGateway => "the API gateway",
        PathStage.Iris => "the Web Gateway, or other IRIS pods",
        _ => "anything",
    };
}
