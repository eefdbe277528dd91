using System.Collections.Immutable;
using IrisStack.Components.Graph;

namespace IrisStack.Policies.Rules.Edge;

/// <summary>
/// The load balancer types the ALB and origin policies look at, under each of the provider's
/// tokens (aws:lb is aliased to aws:alb and aws:elasticloadbalancingv2), and readers shared by them.
/// </summary>
internal static class LoadBalancers
{
    public const string VpcOrigin = "aws:cloudfront/vpcOrigin:VpcOrigin";
    public const string SecurityGroup = "aws:ec2/securityGroup:SecurityGroup";
    public const string SecurityGroupRule = "aws:ec2/securityGroupRule:SecurityGroupRule";
    public const string IngressRule = "aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule";
    public const string WebAclAssociation = "aws:wafv2/webAclAssociation:WebAclAssociation";

    /// <summary>A load balancer, under every token.</summary>
    public static readonly ImmutableHashSet<string> LoadBalancerTypes =
        ["aws:lb/loadBalancer:LoadBalancer", "aws:alb/loadBalancer:LoadBalancer", "aws:elasticloadbalancingv2/loadBalancer:LoadBalancer"];

    /// <summary>A target group, under every token.</summary>
    public static readonly ImmutableHashSet<string> TargetGroupTypes =
        ["aws:lb/targetGroup:TargetGroup", "aws:alb/targetGroup:TargetGroup", "aws:elasticloadbalancingv2/targetGroup:TargetGroup"];

    /// <summary>The VPC origin type, as a resource policy's type set.</summary>
    public static readonly ImmutableHashSet<string> VpcOriginTypes = [VpcOrigin];

    /// <summary>Whether the load balancer is an Application Load Balancer (the provider's default type).</summary>
    public static bool IsApplication(ResourceNode node) =>
        node.Input("loadBalancerType") is null or NullValue or StringValue { Value: "application" };

    /// <summary>Whether the target group speaks HTTP or HTTPS to its targets (not a Lambda, TCP, UDP, TLS or GENEVE group).</summary>
    public static bool ServesHttp(ResourceNode node) =>
        node.Input("targetType") is not StringValue { Value: "lambda" }
        && (node.Input("protocol") as StringValue)?.Value.ToUpperInvariant() is null or "HTTP" or "HTTPS";

    /// <summary>Whether a boolean input is literally true.</summary>
    public static bool IsTrue(Value? value) => value is BoolValue { Value: true };
}
