using IrisStack.Policies.Rules.Data;
using static IrisStack.Policies.Tests.Data.MergeFileFixtures;

namespace IrisStack.Policies.Tests.Data;

public class IrisAuditEnabledTests
{
    private static readonly IrisAuditEnabled Policy = new();

    [Fact]
    public void Rendered_Compliant() => Assert.Equal(PolicyOutcome.Compliant, Policy.Evaluate(ConfigMap(), Context));

    [Fact]
    public void AuditOff_Violation()
    {
        var finding = Assert.Single(Findings(Policy.Evaluate(EditedCommon(t => Replace(t, "AuditEnabled=1", "AuditEnabled=0")), Context)));
        Assert.Equal("audit.enabled", finding.Setting);
        Assert.Equal("data[\"common.cpf\"]", finding.Property);
    }

    [Fact]
    public void RequiredEventDisabled_Violation()
    {
        var node = EditedCommon(t => Replace(t, "Name=LoginFailure,Enabled=1", "Name=LoginFailure,Enabled=0"));
        Assert.Contains("%System/%Login/LoginFailure", Assert.Single(Findings(Policy.Evaluate(node, Context))).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RequiredEventMissing_Violation()
    {
        var node = EditedCommon(t => Replace(t, "ModifyEvent:Source=%System,Type=%DirectMode,Name=DirectMode,Enabled=1\n", string.Empty));
        Assert.Contains("DirectMode", Assert.Single(Findings(Policy.Evaluate(node, Context))).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void OtherTier_NotApplicable() => Assert.Equal(PolicyOutcome.NotApplicable, Policy.Evaluate(ConfigMap(tier: "redis"), Context));
}
