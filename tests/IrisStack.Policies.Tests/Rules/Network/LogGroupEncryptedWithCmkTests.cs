using IrisStack.Components.Graph;
using IrisStack.Policies.Rules.Network;
using IrisStack.Policies.Tests.Fixtures;
using static IrisStack.Policies.Tests.Fixtures.NetworkFixture;

namespace IrisStack.Policies.Tests.Rules.Network;

public sealed class LogGroupEncryptedWithCmkTests
{
    private readonly LogGroupEncryptedWithCmk policy = new();

    [Fact]
    public void GroupWithKeyOfTheStack_IsCompliant() =>
        Assert.Equal(PolicyOutcome.Compliant, policy.Evaluate(Node(FlowLogGroup), Context));

    [Fact]
    public void GroupWithKeyArnLiteral_IsCompliant() =>
        Assert.Equal(PolicyOutcome.Compliant, policy.Evaluate(Node(FlowLogGroup, i => i.With("kmsKeyId", "arn:aws:kms:eu-west-1:111111111111:key/1234abcd-12ab-34cd-56ef-1234567890ab")), Context));

    [Fact]
    public void Key_Unset_FlagsKmsKeyId() =>
        Outcomes.Single(policy.Evaluate(Node(FlowLogGroup, i => i.Unset("kmsKeyId")), Context), FlowLogGroup, "kmsKeyId");

    [Fact]
    public void Key_Empty_FlagsKmsKeyId() =>
        Outcomes.Single(policy.Evaluate(Node(FlowLogGroup, i => i.With("kmsKeyId", string.Empty)), Context), FlowLogGroup, "kmsKeyId");

    [Fact]
    public void Key_Null_FlagsKmsKeyId() =>
        Outcomes.Single(policy.Evaluate(Node(FlowLogGroup, i => i.With("kmsKeyId", NullValue.Instance)), Context), FlowLogGroup, "kmsKeyId");

    [Fact]
    public void Key_AwsManagedAlias_FlagsKmsKeyId()
    {
        var finding = Outcomes.Single(policy.Evaluate(Node(FlowLogGroup, i => i.With("kmsKeyId", "arn:aws:kms:eu-west-1:111111111111:alias/aws/logs")), Context), FlowLogGroup, "kmsKeyId");
        Assert.Contains("AWS-managed", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(LogsKey)]
    [InlineData(FlowLog)]
    public void OtherTypes_AreNotApplicable(string name) =>
        Assert.Equal(PolicyOutcome.NotApplicable, policy.Evaluate(Node(name), Context));
}
