using System.Collections.Immutable;
using IrisStack.Components.Graph;

namespace IrisStack.Policies.Rules.Network;

/// <summary>
/// Which subnets are private, by what the stack says they are: the <c>kubernetes.io/role/internal-elb</c>
/// tag (EKS and the AWS Load Balancer Controller; IrisStack and eksctl set it), pulumi-awsx's
/// <c>SubnetType: Private</c>, the CDK's <c>aws-cdk:subnet-type: Private</c>, or else a Name tag with
/// the word "private" in it (the Terraform VPC module's and most hand-written stacks' convention)
/// on a subnet no tag declares public. Isolated subnets (no internet route at all) are not private here.
/// </summary>
internal static class PrivateSubnets
{
    public const string SubnetType = "aws:ec2/subnet:Subnet";

    /// <summary>How the docs describe the recognition, for the rules that use it.</summary>
    public const string Recognised = "tagged kubernetes.io/role/internal-elb, SubnetType or aws-cdk:subnet-type Private, or named private";

    // The tags that state a subnet's tier, with the value that means private and the one that means public.
    private static readonly ImmutableArray<(string Tag, string Private, string Public)> TierTags =
        [("SubnetType", "Private", "Public"), ("aws-cdk:subnet-type", "Private", "Public")];

    // What separates the words of a Name tag ("vpc-private-1a", "app_private", "Private subnet A").
    private static readonly char[] NameSeparators = ['-', '_', '.', ' ', '/', ':'];

    public static bool IsPrivate(ResourceNode subnet)
    {
        if (subnet.Type != SubnetType || subnet.Input("tags") is not MapValue tags)
        {
            return false;
        }

        bool Has(string tag, string value) => tags[tag] is StringValue { Value: var v } && v.Equals(value, StringComparison.OrdinalIgnoreCase);
        if (tags["kubernetes.io/role/internal-elb"] is not null || TierTags.Any(t => Has(t.Tag, t.Private)))
        {
            return true;
        }

        var declaredPublic = tags["kubernetes.io/role/elb"] is not null || TierTags.Any(t => Has(t.Tag, t.Public));
        return !declaredPublic && tags["Name"] is StringValue { Value: var name }
            && name.Split(NameSeparators, StringSplitOptions.RemoveEmptyEntries).Contains("private", StringComparer.OrdinalIgnoreCase);
    }
}
