using System.Collections.Immutable;
using IrisStack.Components.Graph;

namespace IrisStack.Policies.Rules.Network;

/// <summary>Private subnets reach the internet only through a NAT gateway.</summary>
public sealed class PrivateSubnetEgressThroughNat : StackPolicy
{
    private static readonly ImmutableHashSet<string> DefaultDestinations = ["0.0.0.0/0", "::/0"];

    /// <inheritdoc />
    public override string Id => "private-subnet-egress-through-nat";

    /// <inheritdoc />
    public override string Description => $"Every private subnet ({PrivateSubnets.Recognised}) has its own route table whose default route goes to a NAT gateway, never to an internet gateway or a NAT instance.";

    /// <inheritdoc />
    public override string Rationale => "A default route to the internet gateway makes a 'private' subnet public; one without an explicit table falls back to the VPC main table, which the stack does not control.";

    /// <inheritdoc />
    public override string Layer => "network";

    /// <inheritdoc />
    public override ImmutableArray<string> PeerIds => ["CKV2_AWS_35", "VPCNoUnrestrictedRouteToIGW"];

    private static readonly ImmutableHashSet<string> ExaminedTypes = [PrivateSubnets.SubnetType, "aws:ec2/routeTableAssociation:RouteTableAssociation", "aws:ec2/routeTable:RouteTable", "aws:ec2/route:Route"];

    /// <inheritdoc />
    public override bool Examines(string type) => ExaminedTypes.Contains(type);

    /// <inheritdoc />
    public override ImmutableDictionary<string, string> PartialPeers => ImmutableDictionary<string, string>.Empty
        .Add("CKV2_AWS_35", "only the route tables of subnets recognised as private; the peer flags a default route to a NAT instance in any route table")
        .Add("VPCNoUnrestrictedRouteToIGW", "only the route tables of subnets recognised as private; the peer flags every default route to an internet gateway, public subnets' included");

    /// <inheritdoc />
    public override PolicyOutcome Evaluate(ResourceGraph graph, PolicyContext context)
    {
        var privateSubnets = graph.Nodes.Where(PrivateSubnets.IsPrivate).ToList();
        if (privateSubnets.Count == 0)
        {
            return PolicyOutcome.NotApplicable;
        }

        return PolicyOutcome.From(privateSubnets.SelectMany(subnet => Check(graph, subnet)));
    }

    private static IEnumerable<Finding> Check(ResourceGraph graph, ResourceNode subnet)
    {
        var tables = graph.OfType("aws:ec2/routeTableAssociation:RouteTableAssociation")
            .Where(a => ReferencedNode(a, "subnetId") == subnet.Name)
            .Select(a => ReferencedNode(a, "routeTableId"))
            .OfType<string>()
            .ToList();
        if (tables.Count == 0)
        {
            yield return new Finding(subnet.Name, string.Empty,
                "The private subnet has no route table association, so it uses the VPC's main route table.",
                "Associate it with a route table of its own whose default route targets a NAT gateway.");
            yield break;
        }

        var defaults = tables.SelectMany(t => DefaultRoutes(graph, t)).ToList();
        if (defaults.Count == 0)
        {
            yield return new Finding(subnet.Name, string.Empty,
                "The private subnet's route table has no default route through a NAT gateway.",
                "Add a route 0.0.0.0/0 with natGatewayId to the subnet's route table.");
        }

        foreach (var route in defaults.Where(r => r.Target["natGatewayId"] is null))
        {
            yield return new Finding(route.Node, route.Property,
                $"The default route of private subnet '{subnet.Name}' does not go through a NAT gateway.",
                "Route 0.0.0.0/0 to natGatewayId, never to an internet gateway.");
        }
    }

    // Default routes of a table: separate Route resources and the table's inline routes.
    private static IEnumerable<(string Node, string Property, MapValue Target)> DefaultRoutes(ResourceGraph graph, string table)
    {
        var separate = graph.OfType("aws:ec2/route:Route")
            .Where(r => ReferencedNode(r, "routeTableId") == table)
            .Where(r => IsDefault(r.Input("destinationCidrBlock")) || IsDefault(r.Input("destinationIpv6CidrBlock")))
            .Select(r => (r.Name, "gatewayId", r.Inputs));
        var inline = graph[table].Input("routes") is ListValue routes
            ? routes.Items.OfType<MapValue>().Select((r, i) => (Route: r, Index: i))
                .Where(r => IsDefault(r.Route["cidrBlock"]) || IsDefault(r.Route["ipv6CidrBlock"]))
                .Select(r => (table, $"routes[{r.Index}]", r.Route))
            : [];
        return separate.Concat(inline);
    }

    private static bool IsDefault(Value? destination) => destination is StringValue { Value: var d } && DefaultDestinations.Contains(d);

    private static string? ReferencedNode(ResourceNode node, string input) => (node.Input(input) as OutputReference)?.Node;
}
