using System.Collections.Immutable;
using IrisStack.Components.Graph;

namespace IrisStack.Policies.Rules.Network;

/// <summary>CloudWatch log groups keep logs at least the stack's minimum retention.</summary>
public sealed class LogGroupRetention : ResourcePolicy
{
    /// <inheritdoc />
    public override string Id => "log-group-retention";

    /// <inheritdoc />
    public override string Description => "CloudWatch log groups set a retention of at least iris-stack:policies.minimumLogRetentionDays (365 by default).";

    /// <inheritdoc />
    public override string Rationale => "Investigations reach back months; PCI DSS asks for a year of audit history. An unset retention keeps logs forever at unbounded cost, which is allowed only explicitly (0).";

    /// <inheritdoc />
    public override string Layer => "network";

    /// <inheritdoc />
    public override ImmutableArray<string> PeerIds => ["CKV_AWS_66", "CKV_AWS_338", "CloudWatchLogGroupRetentionPeriod"];

    /// <inheritdoc />
    public override ImmutableHashSet<string> ResourceTypes => ["aws:cloudwatch/logGroup:LogGroup"];

    /// <inheritdoc />
    protected override IEnumerable<Finding> Check(ResourceNode node, PolicyContext context)
    {
        var minimum = context.MinimumLogRetentionDays;
        switch (node.Input("retentionInDays"))
        {
            case NumberValue { Value: 0 }:
                yield break;
            case NumberValue { Value: var days } when days >= minimum:
                yield break;
            case NumberValue { Value: var days }:
                yield return Violation(node, "retentionInDays", $"Retention is {days} days; the stack requires at least {minimum}.", $"Set retentionInDays to {minimum} or more (a value CloudWatch accepts, e.g. 365).")
                    with
                { Want = $"{minimum} or more (a value CloudWatch accepts, e.g. 365)" };
                break;
            case null or NullValue:
                yield return Violation(node, "retentionInDays", "Retention is not set.", $"Set retentionInDays to at least {minimum}.") with { Want = $"{minimum} or more" };
                break;
            case StringValue { Value: var text } when text != PreviewUnknown.Text:
                yield return Violation(node, "retentionInDays", $"Retention is '{text}', not a number of days.", $"Set retentionInDays to a number of at least {minimum}.") with { Want = $"a number of at least {minimum}" };
                break;
            default:
                // A reference, an input, a secret or Pulumi's unknown placeholder: set, but to nothing this preview can read.
                yield return Violation(node, "retentionInDays", "Retention is set but unknown in this preview, so it cannot be checked.",
                    $"Set retentionInDays to a literal of at least {minimum}, or suppress this finding for the log group with a reason.");
                break;
        }
    }
}
