using System.Collections.Immutable;
using IrisStack.Components.Graph;

namespace IrisStack.Policies.Rules.Network;

/// <summary>The default security group of every VPC is managed and has no rules.</summary>
public sealed class DefaultSecurityGroupRestrictsAllTraffic : StackPolicy
{
    private const string DefaultGroup = "aws:ec2/defaultSecurityGroup:DefaultSecurityGroup";
    private static readonly string[] RuleLists = ["ingress", "egress"];

    /// <inheritdoc />
    public override string Id => "default-security-group-no-rules";

    /// <inheritdoc />
    public override string Description => "Every VPC's default security group is adopted by the stack and has no ingress or egress rules.";

    /// <inheritdoc />
    public override string Rationale => "AWS creates the default group allowing all traffic between its members and all egress; anything launched without a group lands in it.";

    /// <inheritdoc />
    public override string Layer => "network";

    /// <inheritdoc />
    public override ImmutableArray<string> PeerIds => ["CKV2_AWS_12", "VPCDefaultSecurityGroupClosed"];

    /// <inheritdoc />
    public override PolicyOutcome Evaluate(ResourceGraph graph, PolicyContext context)
    {
        var vpcs = graph.OfType("aws:ec2/vpc:Vpc").ToList();
        var groups = graph.OfType(DefaultGroup).ToList();
        if (vpcs.Count == 0 && groups.Count == 0)
        {
            return PolicyOutcome.NotApplicable;
        }

        var managed = groups.Select(g => g.Input("vpcId")).OfType<OutputReference>().Select(r => r.Node).ToHashSet(StringComparer.Ordinal);
        var unmanaged = vpcs.Where(v => !managed.Contains(v.Name)).Select(v => new Finding(
            v.Name, string.Empty,
            "The VPC's default security group is not managed, so it keeps AWS's allow-all rules.",
            $"Add a {DefaultGroup} for this VPC with ingress: [] and egress: []."));
        var open = groups.SelectMany(g => RuleLists
            .Where(p => g.Input(p) is not ListValue { Items.IsEmpty: true })
            .Select(p => new Finding(
                g.Name, p,
                $"The default security group's {p} must be an empty list (unset keeps AWS's default rule).",
                $"Set {p}: [] and give workloads their own security groups.")));
        return PolicyOutcome.From(unmanaged.Concat(open));
    }
}
