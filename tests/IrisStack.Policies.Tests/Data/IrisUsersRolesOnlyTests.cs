using IrisStack.Policies.Rules.Data;
using static IrisStack.Policies.Tests.Data.MergeFileFixtures;

namespace IrisStack.Policies.Tests.Data;

public class IrisUsersRolesOnlyTests
{
    private static readonly IrisUsersRolesOnly Policy = new();

    [Fact]
    public void Rendered_Compliant() => Assert.Equal(PolicyOutcome.Compliant, Policy.Evaluate(ConfigMap(), Context));

    [Fact]
    public void OtherUserWithAll_Violation()
    {
        var node = EditedCommon(t => Replace(t, "Roles=IrisStackWebGateway", "Roles=\"IrisStackWebGateway,%All\""));
        var finding = Assert.Single(Findings(Policy.Evaluate(node, Context)));
        Assert.Contains("'wg_login'", finding.Message, StringComparison.Ordinal);
        Assert.Equal("users", finding.Setting);
    }

    [Fact]
    public void NoAdminNamed_AdminWithAll_Violation() =>
        Assert.Contains("names no admin", Assert.Single(Findings(Policy.Evaluate(ConfigMap(admin: null), Context))).Message, StringComparison.Ordinal);

    [Fact]
    public void PredefinedAccountGivenAll_Violation()
    {
        var node = EditedCommon(t => Replace(t, "ModifyUser:Name=Admin,Enabled=0", "ModifyUser:Name=Admin,Enabled=1,Roles=%All"));
        Assert.Contains("'Admin'", Assert.Single(Findings(Policy.Evaluate(node, Context))).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DirectResources_Violation()
    {
        var node = EditedCommon(t => Replace(t, "Roles=IrisStackWebGateway", "Roles=IrisStackWebGateway,Resources=%DB_APPDATA:RW"));
        Assert.Contains("resources directly", Assert.Single(Findings(Policy.Evaluate(node, Context))).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SqlPrivilegeToAUser_Violation()
    {
        var node = EditedCommon(t => t + "GrantAdminPrivilege:Grantee=wg_login,Namespace=APP,AdminPriv=%DB_OBJECT_DEFINITION\n");
        Assert.Contains("'wg_login'", Assert.Single(Findings(Policy.Evaluate(node, Context))).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SqlPrivilegeToARole_Compliant() =>
        Assert.Equal(PolicyOutcome.Compliant, Policy.Evaluate(EditedCommon(t => t + "GrantAdminPrivilege:Grantee=AppApi,Namespace=APP,AdminPriv=%DB_OBJECT_DEFINITION\n"), Context));

    [Fact]
    public void OtherTier_NotApplicable() => Assert.Equal(PolicyOutcome.NotApplicable, Policy.Evaluate(ConfigMap(tier: "web-gateway"), Context));
}
