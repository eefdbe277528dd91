using System.Collections.Immutable;
using IrisStack.Components.Aws;
using IrisStack.Components.Cluster;
using IrisStack.Components.Edge.Alb;
using IrisStack.Components.Graph;
using IrisStack.Components.Network;

namespace IrisStack.Policies.Tests.Rules.Edge;

/// <summary>The edge layer's own ALB nodes (on an external network and cluster) as the compliant fixtures, and ways to change them.</summary>
internal static class AlbFixture
{
    public const string LoadBalancerType = "aws:lb/loadBalancer:LoadBalancer";
    public const string ListenerType = "aws:lb/listener:Listener";
    public const string TargetGroupType = "aws:lb/targetGroup:TargetGroup";
    public const string VpcOriginType = "aws:cloudfront/vpcOrigin:VpcOrigin";
    public const string IngressRuleType = "aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule";

    public static PolicyContext Context { get; } = new(MinimumLogRetentionDays: 365);

    public static ResourceGraph Graph(bool deletionProtection = true)
    {
        var graph = new GraphBuilder("iris-stack", "test");
        var context = new StackContext("iris-stack", "test", "eu-west-1", "123456789012", ImmutableSortedDictionary.Create<string, string>(StringComparer.Ordinal));
        var network = NetworkOutputs.External("network.", "10.0.0.0/16", [("eu-west-1a", "10.0.0.0/20")], [("eu-west-1a", "10.0.64.0/19"), ("eu-west-1b", "10.0.96.0/19")]);
        var cluster = ClusterOutputs.External("cluster.", "iris-stack-test", new TierNamespaces("api-gateway", "web-gateway", "iris"), TierChain.Plan(TierPorts.Default, ["10.0.64.0/19", "10.0.96.0/19"]));
        var edge = graph.Component(TypeTokens.Edge, new ComponentScope("edge"));
        var config = new AlbConfig("arn:aws:acm:eu-west-1:123456789012:certificate/11111111-2222-3333-4444-555555555555", AlbSslPolicies.Default, deletionProtection, 90, 60, "/", "200-499", "pl-4fa04526");
        EdgeAlb.Add(graph, new ComponentScope("edge"), context, config, network, cluster, new AlbTarget("api-gateway", "iris-api-gateway-proxy", 8443), edge.Name);
        return graph.Build();
    }

    public static ResourceNode Node(string type) => Graph().OfType(type).Single();

    /// <summary>
    /// The graph with <paramref name="node"/> in place of the node of its name and <paramref name="added"/>
    /// just before it (so it may reference them), or at the end when <paramref name="node"/> is null.
    /// </summary>
    public static ResourceGraph Replace(this ResourceGraph graph, ResourceNode? node, params ResourceNode[] added)
    {
        var builder = new GraphBuilder(graph.Project, graph.Stack);
        foreach (var n in graph.Nodes)
        {
            if (node is not null && n.Name == node.Name)
            {
                Array.ForEach(added, a => builder.Add(a));
                builder.Add(node);
            }
            else
            {
                builder.Add(n);
            }
        }

        if (node is null)
        {
            Array.ForEach(added, a => builder.Add(a));
        }

        return builder.Build();
    }

    /// <summary>The graph without the nodes of a type.</summary>
    public static ResourceGraph Without(this ResourceGraph graph, string type)
    {
        var builder = new GraphBuilder(graph.Project, graph.Stack);
        foreach (var n in graph.Nodes.Where(n => n.Type != type))
        {
            builder.Add(n);
        }

        return builder.Build();
    }

    public static Finding Single(PolicyOutcome outcome) => Assert.Single(Assert.IsType<PolicyOutcome.ViolationsOutcome>(outcome).Findings);
}
