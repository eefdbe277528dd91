using IrisStack.Components.Graph;

namespace IrisStack.Components.Edge.Alb;

/// <summary>What CloudFront and the rest of the stack use of the internal ALB.</summary>
/// <param name="LoadBalancerArn">The ALB's ARN.</param>
/// <param name="DnsName">The ALB's DNS name: the CloudFront origin's <c>domainName</c>.</param>
/// <param name="VpcOriginId">The CloudFront VPC origin's id: the origin's <c>vpcOriginConfig.vpcOriginId</c>.</param>
/// <param name="SecurityGroupId">The ALB's own security group.</param>
/// <param name="TargetGroupArn">The target group the API gateway's pods are bound into.</param>
public sealed record AlbOutputs(OutputReference LoadBalancerArn, OutputReference DnsName, OutputReference VpcOriginId, OutputReference SecurityGroupId, OutputReference TargetGroupArn);
