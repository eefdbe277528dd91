using IrisStack.Components.Data.Security;
using IrisStack.Components.Graph;
using static IrisStack.Components.Tests.Data.Security.SecuritySections;

namespace IrisStack.Components.Tests.Data.Security;

public class IrisSecurityConfigTests
{
    [Fact]
    public void Defaults_AreTheSecureDefaults()
    {
        var (config, errors) = Read();

        Assert.Empty(errors);
        Assert.True(config.Audit.Enabled);
        Assert.Equal<AuditEvent>(IrisSecurityDefaults.RequiredAuditEvents, config.Audit.Events);
        Assert.Equal("12.128ANP", config.PasswordPolicy.Pattern);
        Assert.Equal(5, config.PasswordPolicy.InvalidLoginLimit);
        Assert.Equal(90, config.PasswordPolicy.InactiveLimit);
        Assert.Equal("irisadmin", config.AdminUsername);
        Assert.Null(config.AdminPassword);
        Assert.Null(config.PredefinedPassword);
        Assert.False(config.AllowDevelopmentApplications);
        Assert.True(config.SuperserverTls.Required);
        Assert.Contains("%Service_Telnet", config.DisabledServices);
        Assert.Equal<string>(["_SYSTEM", "Admin", "SuperUser"], config.DisabledAccounts);
        Assert.Equal(config, IrisSecurityConfig.Default);
    }

    [Fact]
    public void Secrets_AreKeptAsSecretValues()
    {
        var (config, errors) = Read(("predefinedPassword", Secret("Pre-defined-pw1")), ("admin", Map(("password", Secret("Admin-pw-123456")))));

        Assert.Empty(errors);
        Assert.Equal(new SecretValue(new StringValue("Pre-defined-pw1")), config.PredefinedPassword);
        Assert.Equal(new SecretValue(new StringValue("Admin-pw-123456")), config.AdminPassword);
    }

    [Theory]
    [InlineData("predefinedPassword")]
    public void Password_InPlaintext_NamesTheKey(string key)
    {
        var error = Error((key, Text("SYS")));
        Assert.Equal($"iris-stack:data.security.{key}", error.Key);
        Assert.Contains("must be a secret", error.Problem, StringComparison.Ordinal);
        Assert.Contains("--secret", error.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void UserPassword_InPlaintext_NamesTheKey()
    {
        var error = Error(("users", List(Map(("name", Text("svc_app")), ("roles", Strings("AppApi")), ("password", Text("plain-text-pw1"))))));
        Assert.Equal("iris-stack:data.security.users[0].password", error.Key);
    }

    [Theory]
    [InlineData("12.128")]
    [InlineData("12-128ANP")]
    [InlineData("ANP")]
    [InlineData("3.255ANP")]
    [InlineData("20.12ANP")]
    public void Pattern_NotXYAnp_NamesTheKey(string pattern)
    {
        var error = Error(("passwordPolicy", Map(("pattern", Text(pattern)))));
        Assert.Equal("iris-stack:data.security.passwordPolicy.pattern", error.Key);
        Assert.Contains("12.128ANP", error.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void Role_NamingAnUnknownResource_NamesTheKey()
    {
        var error = Error(("roles", List(Map(("name", Text("AppApi")), ("resources", Strings("App_Api:U", "%DB_APPDAT:RW"))))));
        Assert.Equal("iris-stack:data.security.roles[0].resources[1]", error.Key);
        Assert.Contains("unknown resource '%DB_APPDAT'", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Role_BadPermission_NamesTheKey()
    {
        var error = Error(("roles", List(Map(("name", Text("AppApi")), ("resources", Strings("%DB_APPDATA:RX"))))));
        Assert.Equal("iris-stack:data.security.roles[0].resources[0]", error.Key);
    }

    [Fact]
    public void User_WithNoRole_NamesTheKey()
    {
        var error = Error(("users", List(Map(("name", Text("svc_app"))))));
        Assert.Equal("iris-stack:data.security.users[0].roles", error.Key);
        Assert.Contains("without a role", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void User_WithAllRole_NamesTheKey()
    {
        var error = Error(("users", List(Map(("name", Text("ops")), ("roles", Strings("%All"))))));
        Assert.Equal("iris-stack:data.security.users[0].roles[0]", error.Key);
        Assert.Contains("admin", error.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("_SYSTEM")]
    [InlineData("cspsystem")]
    public void Admin_PredefinedAccount_NamesTheKey(string name)
    {
        var error = Error(("admin", Map(("username", Text(name)))));
        Assert.Equal("iris-stack:data.security.admin.username", error.Key);
    }

    [Fact]
    public void Application_UnknownNamespace_NamesTheKey()
    {
        var error = Error(("applications", List(Map(("name", Text("/api/app")), ("namespace", Text("NOPE")), ("dispatchClass", Text("App.Rest")), ("resource", Text("App_Api"))))));
        Assert.Equal("iris-stack:data.security.applications[0].namespace", error.Key);
    }

    [Theory]
    [InlineData("%Service_WebGateway")]
    [InlineData("%Service_Telnett")]
    public void DisabledService_NeededOrUnknown_NamesTheKey(string service)
    {
        var error = Error(("disabledServices", Strings("%Service_Telnet", service)));
        Assert.Equal("iris-stack:data.security.disabledServices[1]", error.Key);
    }

    [Fact]
    public void UnknownKey_NamesTheKey()
    {
        var error = Error(("auditt", Map()));
        Assert.Equal("iris-stack:data.security.auditt", error.Key);
        Assert.Contains("audit", error.Fix, StringComparison.Ordinal);
    }

    [Fact]
    public void Problems_AreAllCollected()
    {
        var (_, errors) = Read(
            ("passwordPolicy", Map(("pattern", Text("bad")))),
            ("users", List(Map(("name", Text("svc_app"))))),
            ("predefinedPassword", Text("SYS")));
        Assert.Equal(3, errors.Count);
    }

    [Fact]
    public void ExtraAuditEvents_AddToTheRequired()
    {
        var (config, errors) = Read(("audit", Map(("extraEvents", Strings("%System/%SQL/DynamicStatementDDL")))));
        Assert.Empty(errors);
        Assert.Equal(IrisSecurityDefaults.RequiredAuditEvents.Length + 1, config.Audit.Events.Length);
        Assert.Equal("%System/%SQL/DynamicStatementDDL", config.Audit.Events[^1].ToString());
    }
}
