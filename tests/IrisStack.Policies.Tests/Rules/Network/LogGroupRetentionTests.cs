using IrisStack.Components.Graph;
using IrisStack.Policies.Rules.Network;
using IrisStack.Policies.Tests.Fixtures;
using static IrisStack.Policies.Tests.Fixtures.NetworkFixture;

namespace IrisStack.Policies.Tests.Rules.Network;

public sealed class LogGroupRetentionTests
{
    private readonly LogGroupRetention policy = new();

    [Fact]
    public void RetentionAtTheMinimum_IsCompliant() =>
        Assert.Equal(PolicyOutcome.Compliant, policy.Evaluate(Node(FlowLogGroup), Context));

    [Fact]
    public void RetentionAboveTheMinimum_IsCompliant() =>
        Assert.Equal(PolicyOutcome.Compliant, policy.Evaluate(Node(FlowLogGroup, i => i.With("retentionInDays", 731)), Context));

    [Fact]
    public void RetentionBelowTheMinimum_FlagsRetentionInDays()
    {
        var finding = Outcomes.Single(policy.Evaluate(Node(FlowLogGroup, i => i.With("retentionInDays", 30)), Context), FlowLogGroup, "retentionInDays");
        Assert.Equal("Retention is 30 days; the stack requires at least 365.", finding.Message);
    }

    [Fact]
    public void Retention_Unset_FlagsRetentionInDays()
    {
        var finding = Outcomes.Single(policy.Evaluate(Node(FlowLogGroup, i => i.Unset("retentionInDays")), Context), FlowLogGroup, "retentionInDays");
        Assert.Equal("Retention is not set.", finding.Message);
    }

    [Fact]
    public void Retention_UnknownInThePreview_SaysSoRatherThanNotSet()
    {
        foreach (var unknown in new Value[] { PreviewUnknown.Text, new OutputReference(LogsKey, "arn"), new SecretValue(NullValue.Instance) })
        {
            var finding = Outcomes.Single(policy.Evaluate(Node(FlowLogGroup, i => i.With("retentionInDays", unknown)), Context), FlowLogGroup, "retentionInDays");
            Assert.Equal("Retention is set but unknown in this preview, so it cannot be checked.", finding.Message);
            Assert.Contains("suppress", finding.Fix, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Retention_NotANumber_SaysWhatItIs()
    {
        var finding = Outcomes.Single(policy.Evaluate(Node(FlowLogGroup, i => i.With("retentionInDays", "forever")), Context), FlowLogGroup, "retentionInDays");
        Assert.Equal("Retention is 'forever', not a number of days.", finding.Message);
    }

    [Fact]
    public void Retention_Zero_MeansNeverExpire_IsCompliant() =>
        Assert.Equal(PolicyOutcome.Compliant, policy.Evaluate(Node(FlowLogGroup, i => i.With("retentionInDays", 0)), Context));

    [Fact]
    public void Minimum_ComesFromTheStack()
    {
        var thirtyDays = Node(FlowLogGroup, i => i.With("retentionInDays", 30));
        Assert.Equal(PolicyOutcome.Compliant, policy.Evaluate(thirtyDays, new PolicyContext(30)));
        Outcomes.Single(policy.Evaluate(thirtyDays, new PolicyContext(31)), FlowLogGroup, "retentionInDays");
    }

    [Theory]
    [InlineData(LogsKey)]
    [InlineData(FlowLog)]
    public void OtherTypes_AreNotApplicable(string name) =>
        Assert.Equal(PolicyOutcome.NotApplicable, policy.Evaluate(Node(name), Context));
}
