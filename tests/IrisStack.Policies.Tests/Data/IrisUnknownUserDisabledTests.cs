using IrisStack.Policies.Rules.Data;
using static IrisStack.Policies.Tests.Data.MergeFileFixtures;

namespace IrisStack.Policies.Tests.Data;

public class IrisUnknownUserDisabledTests
{
    private static readonly IrisUnknownUserDisabled Policy = new();

    [Fact]
    public void Rendered_Compliant() => Assert.Equal(PolicyOutcome.Compliant, Policy.Evaluate(ConfigMap(), Context));

    [Fact]
    public void ComputeTier_Compliant() => Assert.Equal(PolicyOutcome.Compliant, Policy.Evaluate(ConfigMap(tier: "iris-compute"), Context));

    [Fact]
    public void NotDisabled_Violation()
    {
        var node = EditedCommon(t => Replace(t, "ModifyUser:Name=UnknownUser,Enabled=0\n", string.Empty));
        Assert.Contains("do not disable UnknownUser", Assert.Single(Findings(Policy.Evaluate(node, Context))).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GivenRoles_Violation()
    {
        var node = EditedCommon(t => Replace(t, "ModifyUser:Name=UnknownUser,Enabled=0", "ModifyUser:Name=UnknownUser,Enabled=0,Roles=%All"));
        Assert.Contains("roles '%All'", Assert.Single(Findings(Policy.Evaluate(node, Context))).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("$$$AutheUnauthenticated")]
    [InlineData("96")]
    public void UnauthenticatedApplication_Violation(string authe)
    {
        var node = EditedCommon(t => Replace(t, "Enabled=1,AutheEnabled=$$$AuthePassword,Resource=App_Api", $"Enabled=1,AutheEnabled={authe},Resource=App_Api"));
        Assert.Contains("/api/app", Assert.Single(Findings(Policy.Evaluate(node, Context))).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void OtherTier_NotApplicable() => Assert.Equal(PolicyOutcome.NotApplicable, Policy.Evaluate(ConfigMap(tier: "api-gateway"), Context));
}
