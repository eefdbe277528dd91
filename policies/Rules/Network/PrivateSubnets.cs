using IrisStack.Components.Graph;

namespace IrisStack.Policies.Rules.Network;

/// <summary>
/// Which subnets are private: those tagged <c>kubernetes.io/role/internal-elb</c>, the tag EKS and
/// the AWS Load Balancer Controller use to find private subnets (pulumi-awsx and eksctl set it too).
/// </summary>
internal static class PrivateSubnets
{
    public const string SubnetType = "aws:ec2/subnet:Subnet";

    public static bool IsPrivate(ResourceNode subnet) =>
        subnet.Type == SubnetType && subnet.Input("tags") is MapValue tags && tags["kubernetes.io/role/internal-elb"] is not null;
}
