using IrisStack.Policies.Rules.Network;
using IrisStack.Policies.Tests.Fixtures;
using static IrisStack.Policies.Tests.Fixtures.NetworkFixture;

namespace IrisStack.Policies.Tests.Rules.Network;

public sealed class KmsKeyRotationEnabledTests
{
    private readonly KmsKeyRotationEnabled policy = new();

    [Fact]
    public void CompliantKey_IsCompliant() =>
        Assert.Equal(PolicyOutcome.Compliant, policy.Evaluate(Node(LogsKey), Context));

    [Fact]
    public void Rotation_Disabled_FlagsEnableKeyRotation()
    {
        var finding = Outcomes.Single(policy.Evaluate(Node(LogsKey, i => i.With("enableKeyRotation", false)), Context), LogsKey, "enableKeyRotation");
        Assert.Equal("Set enableKeyRotation: true.", finding.Fix);
    }

    [Fact]
    public void Rotation_Unset_FlagsEnableKeyRotation() =>
        Outcomes.Single(policy.Evaluate(Node(LogsKey, i => i.Unset("enableKeyRotation")), Context), LogsKey, "enableKeyRotation");

    [Fact]
    public void SymmetricDefaultSpec_WithoutRotation_IsFlagged() =>
        Outcomes.Single(policy.Evaluate(Node(LogsKey, i => i.With("customerMasterKeySpec", "SYMMETRIC_DEFAULT").With("enableKeyRotation", false)), Context), LogsKey, "enableKeyRotation");

    [Fact]
    public void AsymmetricKey_WithoutRotation_IsNotApplicable() =>
        Assert.Equal(PolicyOutcome.NotApplicable, policy.Evaluate(Node(LogsKey, i => i.With("customerMasterKeySpec", "RSA_2048").With("enableKeyRotation", false)), Context));

    [Theory]
    [InlineData(FlowLogGroup)]
    [InlineData(Vpc)]
    [InlineData(PrivateSubnet)]
    public void OtherTypes_AreNotApplicable(string name) =>
        Assert.Equal(PolicyOutcome.NotApplicable, policy.Evaluate(Node(name), Context));
}
