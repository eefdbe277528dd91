using System.Collections.Immutable;
using System.Text.Json.Nodes;
using IrisStack.Components.Aws;
using IrisStack.Components.Graph;

namespace IrisStack.Components.Network;

/// <summary>
/// The network layer (<c>iris:network:Network</c>), shaped like pulumi-awsx's VPC: a VPC over the
/// configured zones with a public and a private subnet per zone, an internet gateway, NAT by
/// strategy, route tables, a default security group stripped of its rules, VPC flow logs to a
/// CMK-encrypted log group, and an S3 gateway endpoint.
/// </summary>
public static class NetworkLayer
{
    /// <summary>Adds the network to the graph, as the component <paramref name="scope"/> names.</summary>
    public static NetworkOutputs Build(GraphBuilder graph, ComponentScope scope, StackContext context, NetworkConfig config)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(config);
        var component = graph.Component(TypeTokens.Network, scope);
        string Name(string role) => scope.Child(role);
        string ZoneName(string role, string zone) => scope.Child(role, zone);
        NodeRef Add(string type, string name, params (string Key, Value? Value)[] inputs) =>
            graph.Resource(type, name, MapValue.Of(inputs), component.Name);

        var vpc = Add("aws:ec2/vpc:Vpc", Name("vpc"),
            ("cidrBlock", config.Cidr.ToString()),
            ("enableDnsSupport", true),
            ("enableDnsHostnames", true),
            ("tags", context.TagsFor(Name("vpc"))));

        // Without explicit rules the provider revokes every rule of the VPC's default group.
        Add("aws:ec2/defaultSecurityGroup:DefaultSecurityGroup", Name("default-sg"),
            ("vpcId", vpc.Id),
            ("ingress", ListValue.Of()),
            ("egress", ListValue.Of()),
            ("tags", context.TagsFor(Name("default-sg"))));

        var subnets = SubnetPlanner.Plan(config).Select(plan =>
        {
            var role = plan.Tier == SubnetTier.Public ? "public" : "private";
            var name = ZoneName(role, plan.AvailabilityZone);
            var tags = context.TagsFor(name).With(
                plan.Tier == SubnetTier.Public ? "kubernetes.io/role/elb" : "kubernetes.io/role/internal-elb", "1");
            var node = Add("aws:ec2/subnet:Subnet", name,
                ("vpcId", vpc.Id),
                ("cidrBlock", plan.Cidr.ToString()),
                ("availabilityZone", plan.AvailabilityZone),
                ("mapPublicIpOnLaunch", false),
                ("tags", tags));
            return (Plan: plan, Node: node);
        }).ToImmutableArray();
        var publicSubnets = subnets.Where(s => s.Plan.Tier == SubnetTier.Public).ToImmutableArray();
        var privateSubnets = subnets.Where(s => s.Plan.Tier == SubnetTier.Private).ToImmutableArray();

        var igw = Add("aws:ec2/internetGateway:InternetGateway", Name("igw"),
            ("vpcId", vpc.Id),
            ("tags", context.TagsFor(Name("igw"))));

        var publicRoutes = Add("aws:ec2/routeTable:RouteTable", Name("public-rt"),
            ("vpcId", vpc.Id),
            ("tags", context.TagsFor(Name("public-rt"))));
        Add("aws:ec2/route:Route", Name("public-default-route"),
            ("routeTableId", publicRoutes.Id),
            ("destinationCidrBlock", "0.0.0.0/0"),
            ("gatewayId", igw.Id));
        foreach (var (plan, subnet) in publicSubnets)
        {
            Add("aws:ec2/routeTableAssociation:RouteTableAssociation", ZoneName("public-rta", plan.AvailabilityZone),
                ("subnetId", subnet.Id),
                ("routeTableId", publicRoutes.Id));
        }

        var natZones = config.NatStrategy switch
        {
            NatGatewayStrategy.Single => publicSubnets.Take(1),
            NatGatewayStrategy.OnePerAz => publicSubnets,
            _ => throw new ArgumentOutOfRangeException(nameof(config), config.NatStrategy, "Unknown NAT gateway strategy."),
        };
        var natGateways = natZones.Select(s =>
        {
            var zone = s.Plan.AvailabilityZone;
            var eip = Add("aws:ec2/eip:Eip", ZoneName("nat-eip", zone),
                ("domain", "vpc"),
                ("tags", context.TagsFor(ZoneName("nat-eip", zone))));
            var nat = graph.Resource("aws:ec2/natGateway:NatGateway", ZoneName("nat", zone), MapValue.Of(
                ("allocationId", eip.Output("allocationId")),
                ("subnetId", s.Node.Id),
                ("connectivityType", "public"),
                ("tags", context.TagsFor(ZoneName("nat", zone)))),
                component.Name,
                new ResourceOptions { DependsOn = [igw.Name] });
            return (Zone: zone, Node: nat);
        }).ToImmutableArray();

        var privateRouteTables = privateSubnets.Select(s =>
        {
            var zone = s.Plan.AvailabilityZone;
            var nat = natGateways.FirstOrDefault(n => n.Zone == zone).Node ?? natGateways[0].Node;
            var table = Add("aws:ec2/routeTable:RouteTable", ZoneName("private-rt", zone),
                ("vpcId", vpc.Id),
                ("tags", context.TagsFor(ZoneName("private-rt", zone))));
            Add("aws:ec2/route:Route", ZoneName("private-default-route", zone),
                ("routeTableId", table.Id),
                ("destinationCidrBlock", "0.0.0.0/0"),
                ("natGatewayId", nat.Id));
            Add("aws:ec2/routeTableAssociation:RouteTableAssociation", ZoneName("private-rta", zone),
                ("subnetId", s.Node.Id),
                ("routeTableId", table.Id));
            return table;
        }).ToImmutableArray();

        Add("aws:ec2/vpcEndpoint:VpcEndpoint", Name("s3-endpoint"),
            ("vpcId", vpc.Id),
            ("serviceName", $"com.amazonaws.{context.Region}.s3"),
            ("vpcEndpointType", "Gateway"),
            ("routeTableIds", ListValue.Of(privateRouteTables.Select(t => (Value)t.Id))),
            ("tags", context.TagsFor(Name("s3-endpoint"))));

        var logsKey = FlowLogs(graph, scope, context, config, component, vpc);

        return new NetworkOutputs(
            vpc.Id,
            config.Cidr.ToString(),
            [.. publicSubnets.Select(s => new ZoneSubnet(s.Plan.AvailabilityZone, s.Node.Id, s.Plan.Cidr.ToString()))],
            [.. privateSubnets.Select(s => new ZoneSubnet(s.Plan.AvailabilityZone, s.Node.Id, s.Plan.Cidr.ToString()))],
            logsKey.Arn);
    }

    private static NodeRef FlowLogs(GraphBuilder graph, ComponentScope scope, StackContext context, NetworkConfig config, NodeRef component, NodeRef vpc)
    {
        string Name(string role) => scope.Child(role);
        NodeRef Add(string type, string name, params (string Key, Value? Value)[] inputs) =>
            graph.Resource(type, name, MapValue.Of(inputs), component.Name);
        var account = context.AccountId;
        var arn = $"arn:{context.Partition}";

        var key = CustomerManagedKey.Add(graph, context, Name("logs-key"), component.Name, "logs",
            $"Encrypts the CloudWatch logs of {context.Project}/{context.Stack}", LogsKeyPolicy(context));

        var logGroup = Add("aws:cloudwatch/logGroup:LogGroup", Name("flow-logs"),
            ("name", $"/{context.PhysicalName("/")}/vpc-flow-logs"),
            ("retentionInDays", config.FlowLogRetentionDays),
            ("kmsKeyId", key.Arn),
            ("tags", context.TagsFor(Name("flow-logs"))));
        graph.Setting(logGroup.Name, "retentionInDays", config.Settings.KeyOf("flowLogRetentionDays"));

        var trust = new JsonObject
        {
            ["Version"] = "2012-10-17",
            ["Statement"] = new JsonArray(new JsonObject
            {
                ["Effect"] = "Allow",
                ["Principal"] = new JsonObject { ["Service"] = "vpc-flow-logs.amazonaws.com" },
                ["Action"] = "sts:AssumeRole",
                ["Condition"] = new JsonObject
                {
                    ["StringEquals"] = new JsonObject { ["aws:SourceAccount"] = account },
                    ["ArnLike"] = new JsonObject { ["aws:SourceArn"] = $"{arn}:ec2:{context.Region}:{account}:vpc-flow-log/*" },
                },
            }),
        };
        var role = Add("aws:iam/role:Role", Name("flow-logs-role"),
            ("description", "Lets VPC Flow Logs write to its log group"),
            ("assumeRolePolicy", JsonTemplate.Render(trust)),
            ("tags", context.TagsFor(Name("flow-logs-role"))));

        var permissions = new JsonObject
        {
            ["Version"] = "2012-10-17",
            ["Statement"] = new JsonArray(new JsonObject
            {
                ["Effect"] = "Allow",
                ["Action"] = new JsonArray("logs:CreateLogStream", "logs:PutLogEvents", "logs:DescribeLogGroups", "logs:DescribeLogStreams"),
                ["Resource"] = new JsonArray(JsonTemplate.Ref(logGroup.Arn), JsonTemplate.Concat(logGroup.Arn, ":*")),
            }),
        };
        var policy = Add("aws:iam/policy:Policy", Name("flow-logs-policy"),
            ("description", "Write access to the VPC flow log group only"),
            ("policy", JsonTemplate.Render(permissions)),
            ("tags", context.TagsFor(Name("flow-logs-policy"))));
        Add("aws:iam/rolePolicyAttachment:RolePolicyAttachment", Name("flow-logs-attachment"),
            ("role", role.Output("name")),
            ("policyArn", policy.Arn));

        Add("aws:ec2/flowLog:FlowLog", Name("flow-log"),
            ("vpcId", vpc.Id),
            ("trafficType", "ALL"),
            ("logDestinationType", "cloud-watch-logs"),
            ("logDestination", logGroup.Arn),
            ("iamRoleArn", role.Arn),
            ("maxAggregationInterval", 60),
            ("tags", context.TagsFor(Name("flow-log"))));

        return key;
    }

    // The key policy AWS documents for CloudWatch Logs encryption: the account administers the
    // key; the regional Logs service may use it only for this account's log groups.
    private static JsonObject LogsKeyPolicy(StackContext context) => new()
    {
        ["Version"] = "2012-10-17",
        ["Statement"] = new JsonArray(KeyPolicyStatements.AccountAdministersKey(context), KeyPolicyStatements.CloudWatchLogsUseKey(context)),
    };
}
