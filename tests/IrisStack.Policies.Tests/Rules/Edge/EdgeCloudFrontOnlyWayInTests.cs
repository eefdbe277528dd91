using IrisStack.Components.Graph;
using IrisStack.Policies.Rules.Edge;
using static IrisStack.Policies.Tests.Rules.Edge.AlbFixture;

namespace IrisStack.Policies.Tests.Rules.Edge;

public sealed class EdgeCloudFrontOnlyWayInTests
{
    private const string Alb = "edge-alb";
    private const string Group = "edge-alb-sg";

    private readonly EdgeCloudFrontOnlyWayIn policy = new();

    private static ResourceNode Custom(string type, string name, params (string Key, Value? Value)[] inputs) =>
        new(type, name, NodeKind.Custom, "edge", MapValue.Of(inputs), ResourceOptions.None);

    // The edge ALB turned internet-facing, with the regional WAF and header rule given (or not).
    private static ResourceGraph InternetFacing(bool waf, bool headerRule)
    {
        var graph = Graph().Without(VpcOriginType);
        var alb = graph[Alb].With("internal", false);
        var rule = MapValue.Of(
            ("name", "require-origin-secret"),
            ("priority", 0),
            ("action", MapValue.Of(("block", MapValue.Empty))),
            ("statement", MapValue.Of(("notStatement", MapValue.Of(("statement", MapValue.Of(("byteMatchStatement", MapValue.Of(
                ("fieldToMatch", MapValue.Of(("singleHeader", MapValue.Of(("name", "x-origin-secret"))))),
                ("positionalConstraint", "EXACTLY"),
                ("searchString", new SecretValue("s3cr3t")))))))))),
            ("visibilityConfig", MapValue.Empty));
        var acl = Custom("aws:wafv2/webAcl:WebAcl", "edge-alb-waf",
            ("scope", "REGIONAL"), ("defaultAction", MapValue.Of(("allow", MapValue.Empty))), ("rules", headerRule ? ListValue.Of(rule) : ListValue.Of()));
        var association = Custom("aws:wafv2/webAclAssociation:WebAclAssociation", "edge-alb-waf-association",
            ("resourceArn", new OutputReference(Alb, "arn")), ("webAclArn", new OutputReference(acl.Name, "arn")));
        return waf ? graph.Replace(alb).Replace(null, acl, association) : graph.Replace(alb);
    }

    [Fact]
    public void TheEdgeGraph_InternalBehindAVpcOrigin_IsCompliant() =>
        Assert.Equal(PolicyOutcome.Compliant, policy.Evaluate(Graph(), Context));

    [Fact]
    public void InternalWithoutAVpcOrigin_IsFlagged()
    {
        var finding = Single(policy.Evaluate(Graph().Without(VpcOriginType), Context));
        Assert.Equal((Alb, "internal"), (finding.Resource, finding.Property));
        Assert.Contains("aws:cloudfront/vpcOrigin:VpcOrigin", finding.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void InternetFacing_PrefixListGroup_WafRequiringTheSecretHeader_IsCompliant() =>
        Assert.Equal(PolicyOutcome.Compliant, policy.Evaluate(InternetFacing(waf: true, headerRule: true), Context));

    [Fact]
    public void InternetFacing_WithoutAWaf_IsFlagged()
    {
        var finding = Single(policy.Evaluate(InternetFacing(waf: false, headerRule: false), Context));
        Assert.Equal(Alb, finding.Resource);
        Assert.Contains("secret header", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void InternetFacing_WafWithoutTheHeaderRule_IsFlagged() =>
        Assert.Contains("secret header", Single(policy.Evaluate(InternetFacing(waf: true, headerRule: false), Context)).Message, StringComparison.Ordinal);

    [Fact]
    public void InternetFacing_GroupAdmittingACidr_IsFlagged()
    {
        var graph = InternetFacing(waf: true, headerRule: true);
        var vpcRule = Custom(IngressRuleType, "edge-alb-from-vpc", ("securityGroupId", new OutputReference(Group, "id")), ("ipProtocol", "tcp"), ("fromPort", 443), ("toPort", 443), ("cidrIpv4", "10.0.0.0/16"));
        var finding = Single(policy.Evaluate(graph.Replace((ResourceNode?)null, vpcRule), Context));
        Assert.Equal((Group, "ingress"), (finding.Resource, finding.Property));
    }

    [Theory]
    [InlineData("tcp", 443, 443, "0.0.0.0/0")]
    [InlineData("tcp", 0, 65535, "0.0.0.0/0")]
    [InlineData("-1", -1, -1, "0.0.0.0/0")]
    public void AlbGroupOpenedToTheInternet_IsFlagged(string protocol, int from, int to, string cidr)
    {
        var graph = Graph();
        var open = graph.OfType(IngressRuleType).Single().With("prefixListId", null).With("cidrIpv4", cidr).With("ipProtocol", protocol).With("fromPort", from).With("toPort", to);
        var finding = Single(policy.Evaluate(graph.Replace(open), Context));
        Assert.Equal(("edge-alb-from-cloudfront", "cidrIpv4"), (finding.Resource, finding.Property));
        Assert.Contains("whole internet", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Ipv6WorldOn443_InAnyGroup_IsFlagged()
    {
        var other = Custom("aws:ec2/securityGroup:SecurityGroup", "other-sg", ("vpcId", "vpc-1"), ("ingress", ListValue.Of(MapValue.Of(
            ("protocol", "tcp"), ("fromPort", 443), ("toPort", 443), ("ipv6CidrBlocks", ListValue.Of("::/0"))))));
        var finding = Single(policy.Evaluate(Graph().Replace((ResourceNode?)null, other), Context));
        Assert.Equal(("other-sg", "ingress[0].ipv6CidrBlocks"), (finding.Resource, finding.Property));
    }

    [Fact]
    public void WorldOnAnotherPort_IsNotThisPolicys()
    {
        var ssh = Custom("aws:ec2/securityGroupRule:SecurityGroupRule", "other-ssh", ("type", "ingress"), ("securityGroupId", "sg-1"), ("protocol", "tcp"), ("fromPort", 22), ("toPort", 22), ("cidrBlocks", ListValue.Of("0.0.0.0/0")));
        Assert.Equal(PolicyOutcome.Compliant, policy.Evaluate(Graph().Replace((ResourceNode?)null, ssh), Context));
    }

    [Fact]
    public void NoLoadBalancerOrSecurityGroup_IsNotApplicable() =>
        Assert.Equal(PolicyOutcome.NotApplicable, policy.Evaluate(new GraphBuilder("iris-stack", "test").Build(), Context));
}
