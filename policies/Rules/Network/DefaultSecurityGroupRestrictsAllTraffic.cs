using System.Collections.Immutable;
using IrisStack.Components.Graph;

namespace IrisStack.Policies.Rules.Network;

/// <summary>The default security group of every VPC is managed and has no rules.</summary>
public sealed class DefaultSecurityGroupRestrictsAllTraffic : StackPolicy
{
    private const string DefaultGroup = "aws:ec2/defaultSecurityGroup:DefaultSecurityGroup";
    private static readonly string[] RuleLists = ["ingress", "egress"];

    // Rules that live as resources of their own and attach to a group by its id.
    private static readonly ImmutableHashSet<string> RuleResources =
    [
        "aws:ec2/securityGroupRule:SecurityGroupRule",
        "aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule",
        "aws:vpc/securityGroupEgressRule:SecurityGroupEgressRule",
    ];

    /// <inheritdoc />
    public override string Id => "default-security-group-no-rules";

    /// <inheritdoc />
    public override string Description => "Every VPC's default security group is adopted by the stack with explicitly empty ingress and egress lists, and no rule resource attaches to it.";

    /// <inheritdoc />
    public override string Rationale => "AWS creates the default group allowing all traffic between its members and all egress; anything launched without a group lands in it.";

    /// <inheritdoc />
    public override string Layer => "network";

    /// <inheritdoc />
    public override ImmutableArray<string> PeerIds => ["CKV2_AWS_12", "VPCDefaultSecurityGroupClosed"];

    private static readonly ImmutableHashSet<string> ExaminedTypes = [DefaultGroup, "aws:ec2/vpc:Vpc", .. RuleResources];

    /// <inheritdoc />
    public override bool Examines(string type) => ExaminedTypes.Contains(type);

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
        // Adopting the group removes its rules either way (pulumi-aws DefaultSecurityGroup docs), so
        // unset is not an open group; an explicit [] still states the intent where every reviewer,
        // and every preview of the stack, can see it.
        var open = groups.SelectMany(g => RuleLists
            .Where(p => g.Input(p) is not ListValue { Items.IsEmpty: true })
            .Select(p => g.Input(p) is null
                ? new Finding(
                    g.Name, p,
                    $"The default security group's {p} is unset: adopting the group removes its rules, but only an explicit empty list says it must stay without any, where a reviewer and a preview can see it.",
                    $"Set {p}: [] on the default security group.")
                : new Finding(
                    g.Name, p,
                    $"The default security group's {p} has rules; it must be an empty list.",
                    $"Set {p}: [] and give workloads their own security groups.")));

        // The provider warns that rule resources on a managed default group fight with it: each
        // update removes and re-adds them, and between the two the rule is live.
        var groupIds = groups.Select(g => g.Name).ToHashSet(StringComparer.Ordinal);
        var vpcIds = vpcs.Select(v => v.Name).ToHashSet(StringComparer.Ordinal);
        var attached = graph.Nodes.Where(n => RuleResources.Contains(n.Type) && n.Input("securityGroupId") is OutputReference r &&
                ((r.Output == "id" && groupIds.Contains(r.Node)) || (r.Output == "defaultSecurityGroupId" && vpcIds.Contains(r.Node))))
            .Select(n => new Finding(
                n.Name, "securityGroupId",
                "This rule attaches to a VPC's default security group, which must have no rules.",
                "Attach the rule to a security group of its own and give the workload that group."));
        return PolicyOutcome.From(unmanaged.Concat(open).Concat(attached));
    }
}
