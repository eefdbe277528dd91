using System.Collections.Immutable;
using IrisStack.Components.Graph;

namespace IrisStack.Policies.Rules.Network;

/// <summary>Private subnets never auto-assign public IPs.</summary>
public sealed class PrivateSubnetNoPublicIp : ResourcePolicy
{
    /// <inheritdoc />
    public override string Id => "private-subnet-no-public-ip";

    /// <inheritdoc />
    public override string Description => $"Private subnets ({PrivateSubnets.Recognised}) do not auto-assign public IPv4 addresses.";

    /// <inheritdoc />
    public override string Rationale => "A public address on a node or pod in a private subnet is one route-table change away from direct internet exposure that bypasses WAF and the gateways.";

    /// <inheritdoc />
    public override string Layer => "network";

    /// <inheritdoc />
    public override ImmutableArray<string> PeerIds => ["CKV_AWS_130", "VPCSubnetAutoAssignPublicIpDisabled", "C-0229"];

    /// <inheritdoc />
    public override ImmutableDictionary<string, string> PartialPeers => ImmutableDictionary<string, string>.Empty
        .Add("CKV_AWS_130", "only subnets recognised as private; the peer flags every subnet, public ones included")
        .Add("VPCSubnetAutoAssignPublicIpDisabled", "only subnets recognised as private, and not assignIpv6AddressOnCreation; the peer flags every subnet for either");

    /// <inheritdoc />
    public override ImmutableHashSet<string> ResourceTypes => [PrivateSubnets.SubnetType];

    /// <inheritdoc />
    protected override bool AppliesTo(ResourceNode node) => PrivateSubnets.IsPrivate(node);

    /// <inheritdoc />
    protected override IEnumerable<Finding> Check(ResourceNode node, PolicyContext context)
    {
        if (node.Input("mapPublicIpOnLaunch") is BoolValue { Value: true })
        {
            yield return Violation(node, "mapPublicIpOnLaunch", "A private subnet must not assign public IPs on launch.", "Set mapPublicIpOnLaunch: false.");
        }
    }
}
