using IrisStack.Policies.Rules.Data;
using static IrisStack.Policies.Tests.Data.MergeFileFixtures;

namespace IrisStack.Policies.Tests.Data;

public class IrisSuperserverTlsRequiredTests
{
    private static readonly IrisSuperserverTlsRequired Policy = new();

    [Fact]
    public void Rendered_Compliant() => Assert.Equal(PolicyOutcome.Compliant, Policy.Evaluate(ConfigMap(), Context));

    [Fact]
    public void NotRequired_Violation()
    {
        var node = EditedCommon(t => Replace(t, "ModifyServer:Port=1972,SSLConfig=%SuperServer,SSLSupportLevel=2\n", string.Empty));
        var finding = Assert.Single(Findings(Policy.Evaluate(node, Context)));
        Assert.Equal("superserverTls.required", finding.Setting);
    }

    [Fact]
    public void OnlyEnabled_Violation()
    {
        var findings = Findings(Policy.Evaluate(EditedCommon(t => Replace(t, "SSLSupportLevel=2", "SSLSupportLevel=1")), Context));
        Assert.Equal(2, findings.Count);
        Assert.Contains(findings, f => f.Message.Contains("below Required", StringComparison.Ordinal));
    }

    [Fact]
    public void NoSslConfig_Violation() =>
        Assert.Single(Findings(Policy.Evaluate(EditedCommon(t => Replace(t, "SSLConfig=%SuperServer,", string.Empty)), Context)));

    [Fact]
    public void OtherTier_NotApplicable() => Assert.Equal(PolicyOutcome.NotApplicable, Policy.Evaluate(ConfigMap(tier: "web-gateway"), Context));
}
