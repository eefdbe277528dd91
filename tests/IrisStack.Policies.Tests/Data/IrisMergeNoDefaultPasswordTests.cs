using IrisStack.Components.Data.Security;
using IrisStack.Components.Graph;
using IrisStack.Policies.Rules.Data;
using static IrisStack.Policies.Tests.Data.MergeFileFixtures;

namespace IrisStack.Policies.Tests.Data;

public class IrisMergeNoDefaultPasswordTests
{
    private static readonly IrisMergeNoDefaultPassword Policy = new();

    [Fact]
    public void Rendered_Compliant() => Assert.Equal(PolicyOutcome.Compliant, Policy.Evaluate(ConfigMap(), Context));

    [Fact]
    public void PlaintextPassword_Violation()
    {
        var node = EditedCommon(t => Replace(t, "CreateUser:Name=wg_login,PasswordHash=\"[secret]\"", "CreateUser:Name=wg_login,Password=hunter2hunter2"));
        var finding = Assert.Single(Findings(Policy.Evaluate(node, Context)));
        Assert.Equal("data[\"common.cpf\"]", finding.Property);
        Assert.Contains("in clear", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DefaultSys_Violation()
    {
        var node = EditedCommon(t => Replace(t, "PasswordHash=[secret]\n", "PasswordHash=SYS\n"));
        Assert.Contains(Findings(Policy.Evaluate(node, Context)), f => f.Message.Contains("SYS", StringComparison.Ordinal));
    }

    [Fact]
    public void NoStartupPasswordHash_Violation()
    {
        var node = EditedCommon(t => Replace(t, "[Startup]\nPasswordHash=[secret]\n", string.Empty));
        var finding = Assert.Single(Findings(Policy.Evaluate(node, Context)));
        Assert.Equal("predefinedPassword", finding.Setting);
    }

    [Fact]
    public void HashInPlainText_Violation()
    {
        var node = EditedCommon(t => Replace(t, "Name=irisadmin,PasswordHash=\"[secret]\"", "Name=irisadmin,PasswordHash=\"ab12,cd34,10000,SHA512\""));
        Assert.Contains("plain text", Assert.Single(Findings(Policy.Evaluate(node, Context))).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unparseable_Violation()
    {
        var node = Edited(MergeFiles.DataKey, t => "CreateDatabase:Name=X\n" + t);
        Assert.Contains("cannot be parsed", Assert.Single(Findings(Policy.Evaluate(node, Context))).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void OtherTierOrType_NotApplicable()
    {
        Assert.Equal(PolicyOutcome.NotApplicable, Policy.Evaluate(ConfigMap(tier: "web-gateway"), Context));
        Assert.Equal(PolicyOutcome.NotApplicable, Policy.Evaluate(new ResourceNode("kubernetes:core/v1:Secret", "x", NodeKind.Custom, null, MapValue.Empty, ResourceOptions.None), Context));
    }
}
