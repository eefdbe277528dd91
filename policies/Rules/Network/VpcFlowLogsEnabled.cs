using System.Collections.Immutable;
using IrisStack.Components.Graph;

namespace IrisStack.Policies.Rules.Network;

/// <summary>Every VPC has a flow log that records all traffic.</summary>
public sealed class VpcFlowLogsEnabled : StackPolicy
{
    /// <inheritdoc />
    public override string Id => "vpc-flow-logs-enabled";

    /// <inheritdoc />
    public override string Description => "Every VPC has a flow log capturing ALL traffic.";

    /// <inheritdoc />
    public override string Rationale => "Flow logs are the only record of who talked to what inside the VPC; incident response and detection need both accepted and rejected traffic.";

    /// <inheritdoc />
    public override string Layer => "network";

    /// <inheritdoc />
    public override ImmutableArray<string> PeerIds => ["CKV2_AWS_11", "AwsSolutions-VPC7"];

    private static readonly ImmutableHashSet<string> ExaminedTypes = ["aws:ec2/vpc:Vpc", "aws:ec2/flowLog:FlowLog"];

    /// <inheritdoc />
    public override bool Examines(string type) => ExaminedTypes.Contains(type);

    /// <inheritdoc />
    public override PolicyOutcome Evaluate(ResourceGraph graph, PolicyContext context)
    {
        var vpcs = graph.OfType("aws:ec2/vpc:Vpc").ToList();
        if (vpcs.Count == 0)
        {
            return PolicyOutcome.NotApplicable;
        }

        var logged = graph.OfType("aws:ec2/flowLog:FlowLog")
            .Where(f => f.Input("trafficType") is StringValue { Value: "ALL" })
            .Select(f => f.Input("vpcId"))
            .OfType<OutputReference>()
            .Select(r => r.Node)
            .ToHashSet(StringComparer.Ordinal);
        return PolicyOutcome.From(vpcs.Where(v => !logged.Contains(v.Name)).Select(v => new Finding(
            v.Name, string.Empty,
            "The VPC has no flow log with trafficType ALL.",
            "Add an aws:ec2/flowLog:FlowLog with vpcId set to this VPC and trafficType \"ALL\".")));
    }
}
