using IrisStack.Components.Graph;
using IrisStack.Policies.Rules.Cluster;
using IrisStack.Policies.Rules.Edge;

namespace IrisStack.Policies.Rules;

/// <summary>
/// The security group ingress rules of a graph that admit 0.0.0.0/0 or ::/0, in the three shapes
/// pulumi-aws has for them: <c>aws:vpc/securityGroupIngressRule</c>, <c>aws:ec2/securityGroupRule</c>
/// of type ingress, and a security group's inline <c>ingress</c> entries.
/// </summary>
internal static class WorldIngressRules
{
    private static readonly string[] RuleCidrKeys = ["cidrIpv4", "cidrIpv6"];

    private static readonly string[] InlineCidrKeys = ["cidrBlocks", "ipv6CidrBlocks"];

    /// <summary>One rule open to the world: the resource and property that open it, the group it opens (when in the graph) and the ports.</summary>
    /// <param name="Resource">The rule's resource (the security group itself for an inline rule).</param>
    /// <param name="Property">The property holding the world block.</param>
    /// <param name="Group">The security group's node name, when the graph has it.</param>
    /// <param name="Protocol">The rule's protocol input.</param>
    /// <param name="FromPort">The rule's first port.</param>
    /// <param name="ToPort">The rule's last port.</param>
    public sealed record Rule(string Resource, string Property, string? Group, Value? Protocol, Value? FromPort, Value? ToPort);

    /// <summary>Every ingress rule of the graph open to the world.</summary>
    public static IEnumerable<Rule> In(ResourceGraph graph)
    {
        foreach (var node in graph.Nodes)
        {
            switch (node.Type)
            {
                case LoadBalancers.IngressRule when RuleCidrKeys.FirstOrDefault(k => node.Input(k) is StringValue { Value: var c } && ClusterTypes.IsOpenToWorld(c)) is { } key:
                    yield return new Rule(node.Name, key, ClusterTypes.Referenced(graph, node.Input("securityGroupId"))?.Name, node.Input("ipProtocol"), node.Input("fromPort"), node.Input("toPort"));
                    break;
                case LoadBalancers.SecurityGroupRule when node.Input("type") is StringValue { Value: "ingress" } && WorldCidr(node.Inputs) is { } key:
                    yield return new Rule(node.Name, key, ClusterTypes.Referenced(graph, node.Input("securityGroupId"))?.Name, node.Input("protocol"), node.Input("fromPort"), node.Input("toPort"));
                    break;
                case LoadBalancers.SecurityGroup:
                    var inline = (node.Input("ingress") as ListValue)?.Items ?? [];
                    for (var i = 0; i < inline.Length; i++)
                    {
                        if (inline[i] is MapValue rule && WorldCidr(rule) is { } inlineKey)
                        {
                            yield return new Rule(node.Name, $"ingress[{i}].{inlineKey}", node.Name, rule["protocol"], rule["fromPort"], rule["toPort"]);
                        }
                    }

                    break;
            }
        }
    }

    private static string? WorldCidr(MapValue rule) => InlineCidrKeys.FirstOrDefault(k =>
        rule[k] is ListValue list && list.Items.Any(c => c is StringValue { Value: var cidr } && ClusterTypes.IsOpenToWorld(cidr)));
}
