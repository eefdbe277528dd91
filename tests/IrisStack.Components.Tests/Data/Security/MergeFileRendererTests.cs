using System.Collections.Immutable;
using IrisStack.Components.Data.Security;
using IrisStack.Components.Graph;
using Snapshooter.Xunit;
using static IrisStack.Components.Tests.Data.Security.SecuritySections;

namespace IrisStack.Components.Tests.Data.Security;

public class MergeFileRendererTests
{
    private const string WebGatewayUser = "wg_login";

    private static MergeFileInputs Inputs(IrisSecurityConfig config, string? mirror = null) => new(
        WebGatewayUser, mirror, IrisSecurityDefaults.IkoEcpServerName,
        new AccountPasswordHashes(
            new SecretValue(new StringValue("predefinedhash,predefinedsalt,10000,SHA512")),
            new(MergeFileRenderer.Accounts(config, WebGatewayUser).ToImmutableSortedDictionary(a => a, a => new SecretValue(new StringValue($"{a}hash,{a}salt,10000,SHA512")), StringComparer.Ordinal))));

    private static MergeFiles Render(IrisSecurityConfig config, string? mirror = null) => MergeFileRenderer.Render(config, Inputs(config, mirror));

    private static string[] Lines(MergeFileText file) => file.Masked.Split('\n');

    [Fact]
    public void SmallSpec_ExactLines()
    {
        var (config, errors) = Read(
            ("databases", List(Map(("name", Text("ORDERS")), ("namespace", Text("SHOP"))))),
            ("resources", Strings("Shop_Api")),
            ("roles", List(Map(("name", Text("ShopApi")), ("resources", Strings("Shop_Api:U", "%DB_ORDERS:RW"))))),
            ("users", List(Map(("name", Text("svc_shop")), ("roles", Strings("ShopApi"))))),
            ("applications", List(Map(("name", Text("/api/shop")), ("namespace", Text("SHOP")), ("dispatchClass", Text("Shop.REST.Dispatch")), ("resource", Text("Shop_Api"))))),
            ("disabledServices", Strings("%Service_Telnet")),
            ("disabledAccounts", Strings("_SYSTEM")),
            ("audit", Map(("extraEvents", Strings("%System/%SQL/DynamicStatementDDL")))));
        Assert.Empty(errors);
        var files = Render(config, "IRISMIRROR1");
        var common = Lines(files.Common);

        Assert.Equal("[Startup]", common[0]);
        Assert.Equal("PasswordHash=[secret]", common[1]);
        Assert.Contains("ModifySystem:Name=SYSTEM,AuditEnabled=1,PasswordPattern=12.128ANP,InvalidLoginLimit=5,PasswordExpirationDays=0,InactiveLimit=90", common);
        Assert.Contains("ModifyEvent:Source=%System,Type=%Login,Name=LoginFailure,Enabled=1", common);
        Assert.Contains("ModifyEvent:Source=%System,Type=%SQL,Name=DynamicStatementDDL,Enabled=1", common);
        Assert.Contains("CreateResource:Name=%DB_ORDERS", common);
        Assert.Contains("CreateResource:Name=Shop_Api", common);
        Assert.Contains("CreateRole:Name=ShopApi,Resources=\"Shop_Api:U,%DB_ORDERS:RW\"", common);
        Assert.Contains("CreateRole:Name=IrisStackWebGateway,Resources=%Service_WebGateway:U,Description=Web Gateway login to IRIS: use of %Service_WebGateway only", common);
        Assert.Contains("CreateUser:Name=irisadmin,PasswordHash=\"[secret]\",Roles=%All", common);
        Assert.Contains("CreateUser:Name=wg_login,PasswordHash=\"[secret]\",Roles=IrisStackWebGateway", common);
        Assert.Contains("CreateUser:Name=svc_shop,PasswordHash=\"[secret]\",Roles=ShopApi", common);
        Assert.Contains("ModifyUser:Name=_SYSTEM,Enabled=0", common);
        Assert.Contains("ModifyUser:Name=UnknownUser,Enabled=0", common);
        Assert.Contains("ModifyService:Name=%Service_Telnet,Enabled=0", common);
        Assert.Contains("ModifyService:Name=%Service_WebGateway,Enabled=1,AutheEnabled=$$$AuthePassword", common);
        Assert.Contains("ModifyServer:Port=1972,SSLConfig=%SuperServer,SSLSupportLevel=2", common);
        Assert.Contains("CreateApplication:Name=/api/shop,NameSpace=SHOP,DispatchClass=Shop.REST.Dispatch,Enabled=1,AutheEnabled=$$$AuthePassword,Resource=Shop_Api", common);
        Assert.Contains("ModifyApplication:Name=/api/atelier,Enabled=0", common);
        Assert.Contains("ModifyApplication:Name=/csp/documatic,Enabled=0", common);

        Assert.Equal(
            ["[Actions]", "CreateDatabase:Name=ORDERS,Directory=/irissys/data/IRIS/mgr/orders,Resource=%DB_ORDERS,MirrorSetName=IRISMIRROR1,MirrorDBName=ORDERS", "CreateNamespace:Name=SHOP,Globals=ORDERS,Routines=ORDERS", ""],
            Lines(files.Data));
        Assert.Equal(
            ["[Actions]", "CreateDatabase:Name=ORDERS,Directory=:mirror:IRISMIRROR1:ORDERS,Server=IRIS-0,LogicalOnly=1", "CreateNamespace:Name=SHOP,Globals=ORDERS,Routines=ORDERS", ""],
            Lines(files.Compute));
    }

    [Fact]
    public void NotMirrored_LocalDatabase_RemoteByDirectory()
    {
        var files = Render(IrisSecurityConfig.Default);
        Assert.Contains("CreateDatabase:Name=APPDATA,Directory=/irissys/data/IRIS/mgr/appdata,Resource=%DB_APPDATA", Lines(files.Data));
        Assert.Contains("CreateDatabase:Name=APPDATA,Directory=/irissys/data/IRIS/mgr/appdata,Server=IRIS-0,LogicalOnly=1", Lines(files.Compute));
        Assert.DoesNotContain("Mirror", files.Data.Masked, StringComparison.Ordinal);
    }

    [Fact]
    public void Secrets_NeverInTheMaskedText_KeptAsParts()
    {
        var files = Render(IrisSecurityConfig.Default);
        var parts = Assert.IsType<InterpolationValue>(files.Common.Value).Parts;

        Assert.DoesNotContain("hash", files.Common.Masked, StringComparison.Ordinal);
        Assert.DoesNotContain("salt", files.Common.Masked, StringComparison.Ordinal);
        Assert.All(parts.OfType<StringValue>(), p => Assert.DoesNotContain("salt", p.Value, StringComparison.Ordinal));
        // The predefined accounts', the admin's, the gateway's: no password, only hashes.
        Assert.Equal(3, parts.OfType<SecretValue>().Count());
        Assert.Contains(parts.OfType<SecretValue>(), s => s.Inner == new StringValue("irisadminhash,irisadminsalt,10000,SHA512"));
        Assert.DoesNotContain("Password=", files.Common.Masked.Replace("PasswordHash=", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void HashInputs_NameTheSeam()
    {
        var config = IrisSecurityConfig.Default;
        var inputs = new MergeFileInputs(WebGatewayUser, null, IrisSecurityDefaults.IkoEcpServerName, AccountPasswordHashes.Inputs(MergeFileRenderer.Accounts(config, WebGatewayUser)));
        var parts = ((InterpolationValue)MergeFileRenderer.Render(config, inputs).Common.Value).Parts.OfType<SecretValue>().ToList();

        Assert.Equal(new ExternalInput("data.security.passwordHashes.predefined"), parts[0].Inner);
        Assert.Contains(parts, p => p.Inner == new ExternalInput("data.security.passwordHashes.wg_login"));
    }

    [Fact]
    public void Render_IsPure()
    {
        var config = IrisSecurityConfig.Default;
        Assert.Equal(Render(config), Render(config));
    }

    [Theory]
    [InlineData("CSPSystem")]
    [InlineData("irisadmin")]
    public void WebGatewayAccount_PredefinedOrShared_Refused(string user)
    {
        var config = IrisSecurityConfig.Default;
        Assert.NotNull(MergeFileRenderer.ValidateWebGatewayAccount(config, user));
        var inputs = Inputs(config) with { WebGatewayUsername = user };
        Assert.Throws<ArgumentException>(() => MergeFileRenderer.Render(config, inputs));
    }

    [Fact]
    public void MissingHash_Refused()
    {
        var config = IrisSecurityConfig.Default;
        var inputs = Inputs(config) with { Hashes = AccountPasswordHashes.Inputs(["irisadmin"]) };
        var error = Assert.Throws<ArgumentException>(() => MergeFileRenderer.Render(config, inputs));
        Assert.Contains("wg_login", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DevelopmentApplications_Allowed_NotTouched()
    {
        var (config, _) = Read(("allowDevelopmentApplications", Text("true")));
        Assert.DoesNotContain("/api/atelier", Render(config).Common.Masked, StringComparison.Ordinal);
    }

    [Fact]
    public void AuditOff_RendersAuditEnabledZero()
    {
        var (config, _) = Read(("audit", Map(("enabled", Text("false")))));
        Assert.Contains("AuditEnabled=0", Render(config).Common.Masked, StringComparison.Ordinal);
    }

    [Fact]
    public void DefaultSpec_Snapshot()
    {
        var files = Render(IrisSecurityConfig.Default, IrisSecurityDefaults.IkoMirrorSetName);
        Assert.Contains("ModifyUser:Name=UnknownUser,Enabled=0", Lines(files.Common));
        Assert.Contains("CreateUser:Name=irisadmin,PasswordHash=\"[secret]\",Roles=%All", Lines(files.Common));
        Snapshot.Match($"; {MergeFiles.CommonKey}\n{files.Common.Masked}\n; {MergeFiles.DataKey}\n{files.Data.Masked}\n; {MergeFiles.ComputeKey}\n{files.Compute.Masked}");
    }
}
