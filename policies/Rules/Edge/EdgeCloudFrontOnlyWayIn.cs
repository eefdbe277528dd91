using System.Collections.Immutable;
using IrisStack.Components.Graph;
using IrisStack.Policies.Rules.Cluster;

namespace IrisStack.Policies.Rules.Edge;

/// <summary>
/// CloudFront (and its WAF) is the only way in: every load balancer is internal and a CloudFront VPC
/// origin's, or internet-facing but admitting 443 only from a prefix list (CloudFront's
/// origin-facing one) with a regional WAF that requires the origin's secret header; and no security
/// group rule of the stack opens 443 to the whole internet.
/// </summary>
public sealed class EdgeCloudFrontOnlyWayIn : StackPolicy
{
    private const int Https = 443;

    private static readonly ImmutableHashSet<string> RuleTypes = [LoadBalancers.IngressRule, LoadBalancers.SecurityGroupRule];

    private static readonly ImmutableHashSet<string> ExaminedTypes =
        [.. LoadBalancers.LoadBalancerTypes, LoadBalancers.SecurityGroup, .. RuleTypes, LoadBalancers.VpcOrigin, LoadBalancers.WebAclAssociation, WebAcls.WebAcl];

    /// <inheritdoc />
    public override string Id => "edge-cloudfront-only-way-in";

    /// <inheritdoc />
    public override string Description => "Every load balancer is internal and the arn of a CloudFront VPC origin, or internet-facing with security groups that admit only prefix lists and a regional WAF that blocks requests without the origin's secret header; no security group rule admits port 443 (or all traffic) from 0.0.0.0/0 or ::/0.";

    /// <inheritdoc />
    public override string Rationale => "The WAF, the URI allow-list and the rate limit sit at CloudFront; any other path to the load balancer or to a listener on 443 bypasses them all.";

    /// <inheritdoc />
    public override string Layer => "edge";

    /// <inheritdoc />
    public override ImmutableArray<string> PeerIds => [];

    /// <inheritdoc />
    public override bool Examines(string type) => ExaminedTypes.Contains(type);

    /// <inheritdoc />
    public override PolicyOutcome Evaluate(ResourceGraph graph, PolicyContext context)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var loadBalancers = graph.Nodes.Where(n => LoadBalancers.LoadBalancerTypes.Contains(n.Type)).ToList();
        var rules = graph.Nodes.Where(n => RuleTypes.Contains(n.Type) || n.Type == LoadBalancers.SecurityGroup).ToList();
        if (loadBalancers.Count == 0 && rules.Count == 0)
        {
            return PolicyOutcome.NotApplicable;
        }

        return PolicyOutcome.From(loadBalancers.SelectMany(lb => LoadBalancers.IsTrue(lb.Input("internal")) ? CheckInternal(graph, lb) : CheckInternetFacing(graph, lb))
            .Concat(OpenToWorld(graph)));
    }

    private static IEnumerable<Finding> CheckInternal(ResourceGraph graph, ResourceNode lb)
    {
        if (!graph.OfType(LoadBalancers.VpcOrigin).Any(o => Refers(o.Input("vpcOriginEndpointConfig.arn"), lb, "arn")))
        {
            yield return new Finding(lb.Name, "internal",
                "The internal load balancer is no CloudFront VPC origin's, so whatever reaches it inside the VPC skips CloudFront and its WAF.",
                "Add an aws:cloudfront/vpcOrigin:VpcOrigin whose vpcOriginEndpointConfig.arn is this load balancer's arn (originProtocolPolicy https-only), and use it as the distribution's origin.");
        }
    }

    private static IEnumerable<Finding> CheckInternetFacing(ResourceGraph graph, ResourceNode lb)
    {
        const string GroupFix = "Make it internal behind a CloudFront VPC origin, or give it a security group of its own whose only ingress is 443 from the com.amazonaws.global.cloudfront.origin-facing prefix list.";
        var groups = ((lb.Input("securityGroups") as ListValue)?.Items ?? []).Select(v => ClusterTypes.Referenced(graph, v)).ToList();
        if (groups.Count == 0 || groups.Any(g => g?.Type != LoadBalancers.SecurityGroup))
        {
            yield return new Finding(lb.Name, "securityGroups",
                "The internet-facing load balancer's security groups are not all security groups of this stack, so its sources cannot be shown to be CloudFront's.", GroupFix);
        }

        foreach (var group in groups.OfType<ResourceNode>().Where(g => g.Type == LoadBalancers.SecurityGroup))
        {
            var sources = IngressOf(graph, group).ToList();
            if (sources.Count == 0 || sources.Any(s => !s.PrefixListOnly))
            {
                yield return new Finding(group.Name, "ingress",
                    "The internet-facing load balancer's security group admits sources other than a prefix list (or nothing at all).", GroupFix);
            }
        }

        var acls = graph.OfType(LoadBalancers.WebAclAssociation)
            .Where(a => Refers(a.Input("resourceArn"), lb, "arn"))
            .Select(a => ClusterTypes.Referenced(graph, a.Input("webAclArn")))
            .OfType<ResourceNode>()
            .ToList();
        if (!acls.Any(RequiresHeader))
        {
            yield return new Finding(lb.Name, string.Empty,
                "The internet-facing load balancer has no regional WAF that blocks requests without the origin's secret header, so a client that knows its address skips CloudFront.",
                "Associate a REGIONAL aws:wafv2/webAcl (aws:wafv2/webAclAssociation with resourceArn this load balancer's arn) that blocks every request whose secret header (set by CloudFront as an origin custom header, from a Pulumi secret) does not match.");
        }
    }

    // A block rule on "not (the header matches)", or default block with an allow rule on "the header matches".
    private static bool RequiresHeader(ResourceNode acl)
    {
        var (rules, _) = WebAcls.Rules(acl);
        static bool OnHeader(MapValue? match) => match?["fieldToMatch"] is MapValue field && field["singleHeader"] is MapValue;
        var blocksByDefault = acl.Input("defaultAction.block") is MapValue;
        return rules.Any(r => r.Action == "block" && OnHeader(WebAcls.Find(r.Statement, "byteMatchStatement", negated: true)))
            || (blocksByDefault && rules.Any(r => r.Action == "allow" && OnHeader(WebAcls.Find(r.Statement, "byteMatchStatement"))));
    }

    private sealed record Source(bool PrefixListOnly);

    private static IEnumerable<Source> IngressOf(ResourceGraph graph, ResourceNode group)
    {
        foreach (var rule in graph.OfType(LoadBalancers.IngressRule).Where(r => Refers(r.Input("securityGroupId"), group, "id")))
        {
            yield return new Source(ClusterTypes.IsSet(rule.Input("prefixListId"))
                && !ClusterTypes.IsSet(rule.Input("cidrIpv4")) && !ClusterTypes.IsSet(rule.Input("cidrIpv6")) && !ClusterTypes.IsSet(rule.Input("referencedSecurityGroupId")));
        }

        foreach (var rule in graph.OfType(LoadBalancers.SecurityGroupRule).Where(r => r.Input("type") is StringValue { Value: "ingress" } && Refers(r.Input("securityGroupId"), group, "id")))
        {
            yield return new Source(PrefixListsOnly(rule.Inputs, "sourceSecurityGroupId", "self"));
        }

        foreach (var inline in ((group.Input("ingress") as ListValue)?.Items ?? []).OfType<MapValue>())
        {
            yield return new Source(PrefixListsOnly(inline, "securityGroups", "self"));
        }
    }

    private static bool PrefixListsOnly(MapValue rule, string groupKey, string selfKey) =>
        rule["prefixListIds"] is ListValue { Items.IsEmpty: false }
        && rule["cidrBlocks"] is null or NullValue or ListValue { Items.IsEmpty: true }
        && rule["ipv6CidrBlocks"] is null or NullValue or ListValue { Items.IsEmpty: true }
        && !ClusterTypes.IsSet(rule[groupKey]) && rule[groupKey] is not ListValue { Items.IsEmpty: false }
        && rule[selfKey] is not BoolValue { Value: true };

    private static IEnumerable<Finding> OpenToWorld(ResourceGraph graph)
    {
        const string Fix = "Admit 443 only from the com.amazonaws.global.cloudfront.origin-facing prefix list (or a security group inside the VPC); traffic from the internet comes through CloudFront.";
        return WorldIngressRules.In(graph)
            .Where(r => Covers443(r.Protocol, r.FromPort, r.ToPort))
            .Select(r => new Finding(r.Resource, r.Property, "This rule admits port 443 from the whole internet, past CloudFront and its WAF.", Fix));
    }

    // All protocols, or TCP with 443 in the range; a port this preview does not know counts as covering it.
    private static bool Covers443(Value? protocol, Value? from, Value? to) => (protocol as StringValue)?.Value.ToLowerInvariant() switch
    {
        "-1" or "all" => true,
        "tcp" or "6" => (from is not NumberValue f || f.Value <= Https) && (to is not NumberValue t || t.Value >= Https),
        null => protocol is not null and not NullValue,
        _ => false,
    };

    private static bool Refers(Value? value, ResourceNode node, string output) =>
        value is OutputReference r && r.Node == node.Name && r.Output == output;
}
