using IrisStack.Components.Graph;

namespace IrisStack.Policies.Tests.Fixtures;

/// <summary>
/// A small network that every network policy accepts, built by hand (not by the network layer, so
/// the policy tests do not move when the layer does). Tests change one field of one node, or drop
/// a node nobody references, and assert the one violation that follows (AWSGuard's pattern).
/// </summary>
internal static class NetworkFixture
{
    public const string Vpc = "vpc";
    public const string DefaultSg = "vpc-default-sg";
    public const string LogsKey = "logs-key";
    public const string FlowLogGroup = "flow-logs";
    public const string FlowLog = "vpc-flow-log";
    public const string PublicSubnet = "public-a";
    public const string PrivateSubnet = "private-a";
    public const string Igw = "igw";
    public const string PublicRouteTable = "public-rt";
    public const string PublicRoute = "public-default-route";
    public const string PublicAssociation = "public-rta-a";
    public const string NatEip = "nat-eip";
    public const string Nat = "nat";
    public const string PrivateRouteTable = "private-rt";
    public const string PrivateRoute = "private-default-route";
    public const string PrivateAssociation = "private-rta-a";

    public static PolicyContext Context { get; } = new(MinimumLogRetentionDays: 365);

    /// <summary>A key policy as the stack writes one: the account administers, a service uses it under a condition.</summary>
    public const string KeyPolicy =
        """{"Version":"2012-10-17","Statement":[{"Sid":"AccountAdministersKey","Effect":"Allow","Principal":{"AWS":"arn:aws:iam::123456789012:root"},"Action":"kms:*","Resource":"*"},{"Sid":"LogsUseKey","Effect":"Allow","Principal":{"Service":"logs.eu-west-1.amazonaws.com"},"Action":["kms:Encrypt*","kms:Decrypt*"],"Resource":"*","Condition":{"ArnLike":{"kms:EncryptionContext:aws:logs:arn":"arn:aws:logs:eu-west-1:123456789012:*"}}}]}""";

    /// <summary>The compliant network, with <paramref name="edit"/> applied to each node's inputs (null drops the node).</summary>
    public static ResourceGraph Graph(Func<string, MapValue, MapValue?>? edit = null)
    {
        var graph = new GraphBuilder("iris-stack", "test");
        NodeRef Add(string type, string name, params (string Key, Value? Value)[] inputs)
        {
            var map = MapValue.Of(inputs);
            var edited = edit is null ? map : edit(name, map);
            return edited is null ? new NodeRef(name, type) : graph.Resource(type, name, edited);
        }

        var vpc = Add("aws:ec2/vpc:Vpc", Vpc, ("cidrBlock", "10.0.0.0/16"));
        Add("aws:ec2/defaultSecurityGroup:DefaultSecurityGroup", DefaultSg, ("vpcId", vpc.Id), ("ingress", ListValue.Of()), ("egress", ListValue.Of()));
        var key = Add("aws:kms/key:Key", LogsKey, ("description", "flow logs"), ("enableKeyRotation", true), ("policy", KeyPolicy));
        var group = Add("aws:cloudwatch/logGroup:LogGroup", FlowLogGroup, ("retentionInDays", 365), ("kmsKeyId", key.Arn));
        Add("aws:ec2/flowLog:FlowLog", FlowLog, ("vpcId", vpc.Id), ("trafficType", "ALL"), ("logDestination", group.Arn));
        var publicSubnet = Add("aws:ec2/subnet:Subnet", PublicSubnet,
            ("vpcId", vpc.Id), ("cidrBlock", "10.0.0.0/24"), ("mapPublicIpOnLaunch", false), ("tags", MapValue.Of(("kubernetes.io/role/elb", "1"))));
        var privateSubnet = Add("aws:ec2/subnet:Subnet", PrivateSubnet,
            ("vpcId", vpc.Id), ("cidrBlock", "10.0.100.0/24"), ("mapPublicIpOnLaunch", false), ("tags", MapValue.Of(("kubernetes.io/role/internal-elb", "1"))));
        var igw = Add("aws:ec2/internetGateway:InternetGateway", Igw, ("vpcId", vpc.Id));
        var publicTable = Add("aws:ec2/routeTable:RouteTable", PublicRouteTable, ("vpcId", vpc.Id));
        Add("aws:ec2/route:Route", PublicRoute, ("routeTableId", publicTable.Id), ("destinationCidrBlock", "0.0.0.0/0"), ("gatewayId", igw.Id));
        Add("aws:ec2/routeTableAssociation:RouteTableAssociation", PublicAssociation, ("subnetId", publicSubnet.Id), ("routeTableId", publicTable.Id));
        var eip = Add("aws:ec2/eip:Eip", NatEip, ("domain", "vpc"));
        var nat = Add("aws:ec2/natGateway:NatGateway", Nat, ("subnetId", publicSubnet.Id), ("allocationId", eip.Id));
        var privateTable = Add("aws:ec2/routeTable:RouteTable", PrivateRouteTable, ("vpcId", vpc.Id));
        Add("aws:ec2/route:Route", PrivateRoute, ("routeTableId", privateTable.Id), ("destinationCidrBlock", "0.0.0.0/0"), ("natGatewayId", nat.Id));
        Add("aws:ec2/routeTableAssociation:RouteTableAssociation", PrivateAssociation, ("subnetId", privateSubnet.Id), ("routeTableId", privateTable.Id));
        return graph.Build();
    }

    /// <summary>The network with one node's inputs changed.</summary>
    public static ResourceGraph With(string name, Func<MapValue, MapValue> change) => Graph((n, inputs) => n == name ? change(inputs) : inputs);

    /// <summary>The network without one node (one that no other node references).</summary>
    public static ResourceGraph Without(params string[] names) => Graph((n, inputs) => names.Contains(n) ? null : inputs);

    /// <summary>One node of the compliant network, optionally changed.</summary>
    public static ResourceNode Node(string name, Func<MapValue, MapValue>? change = null) => With(name, change ?? (i => i))[name];

    /// <summary>The map without one key (the input left unset).</summary>
    public static MapValue Unset(this MapValue map, string key) => new(map.Entries.Remove(key));

    /// <summary>A graph of one unrelated resource: every network policy is not applicable to it.</summary>
    public static ResourceGraph Unrelated()
    {
        var graph = new GraphBuilder("iris-stack", "test");
        graph.Resource("aws:s3/bucket:Bucket", "bucket", MapValue.Of(("bucket", "logs")));
        return graph.Build();
    }

    /// <summary>An empty graph.</summary>
    public static ResourceGraph Empty() => new GraphBuilder("iris-stack", "test").Build();
}
