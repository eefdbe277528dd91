using System.Collections.Immutable;
using IrisStack.Components.Config;
using IrisStack.Components.Data.Security;
using IrisStack.Components.Graph;
using static IrisStack.Components.Tests.Data.Security.SecuritySections;

namespace IrisStack.Components.Tests.Data.Security;

/// <summary>Every rendered merge file uses only the syntax of <see cref="MergeFileFacts"/>, and each unconfirmed item sits behind its switch.</summary>
public class MergeFileFactsTests
{
    /// <summary>For each switch: the setting that turns it off (or changes its value), and what must then hold of the rendered action.</summary>
    private static readonly ImmutableDictionary<string, ((string Key, ConfigNode Value) Setting, string Action, string Property, Func<MergeAction, bool> Off)> Switches =
        new Dictionary<string, ((string, ConfigNode), string, string, Func<MergeAction, bool>)>
        {
            [MergeFileFacts.SystemRecordNameSwitch] = (("systemRecordName", Text("Other")), "ModifySystem", "Name", a => a["Name"] == "Other"),
            [MergeFileFacts.SuperserverTlsSwitch] = (("superserverTls", Map(("required", Text("false")))), "ModifyServer", "SSLSupportLevel", _ => false),
            [MergeFileFacts.DatabaseResourceSwitch] = (("setDatabaseResource", Text("false")), "CreateDatabase", "Resource", a => a["Resource"] is null),
        }.ToImmutableDictionary();

    public static TheoryData<string, bool> Renders() => new()
    {
        { "default", false },
        { "default", true },
        { "full", true },
    };

    private static IrisSecurityConfig Config(string name, params (string Key, ConfigNode Value)[] extra)
    {
        (string, ConfigNode)[] full =
        [
            ("users", List(Map(("name", Text("svc_app")), ("roles", Strings("AppApi", "%SQL"))))),
            ("audit", Map(("extraEvents", Strings("%System/%SQL/DynamicStatementDML")))),
            ("roles", List(Map(("name", Text("AppApi")), ("resources", Strings("App_Api:U", "%DB_APPDATA:RW")), ("description", Text("Runs the API, reads, writes"))))),
        ];
        var (config, errors) = Read([.. name == "full" ? full : [], .. extra]);
        Assert.Empty(errors);
        return config;
    }

    private static IEnumerable<(string Key, MergeFile File)> Parsed(IrisSecurityConfig config, bool mirrored)
    {
        var accounts = MergeFileRenderer.Accounts(config, "wg_login");
        var files = MergeFileRenderer.Render(config, new MergeFileInputs("wg_login", mirrored ? IrisSecurityDefaults.IkoMirrorSetName : null, IrisSecurityDefaults.IkoEcpServerName, AccountPasswordHashes.Inputs(accounts)));
        return [(MergeFiles.CommonKey, MergeFile.Parse(files.Common.Masked)), (MergeFiles.DataKey, MergeFile.Parse(files.Data.Masked)), (MergeFiles.ComputeKey, MergeFile.Parse(files.Compute.Masked))];
    }

    [Theory]
    [MemberData(nameof(Renders))]
    public void EverySectionActionAndProperty_IsAFact(string name, bool mirrored)
    {
        foreach (var (key, file) in Parsed(Config(name), mirrored))
        {
            Assert.All(file.Sections, s => Assert.True(MergeFileFacts.Sections.ContainsKey(s), $"{key}: section [{s}] is not in the facts."));
            Assert.All(file.Keys, k => Assert.True(MergeFileFacts.Sections[k.Section].Any(f => f.Name == k.Entry.Key), $"{key}: [{k.Section}] {k.Entry.Key} is not in the facts."));
            Assert.NotEmpty(file.Actions);
            foreach (var action in file.Actions)
            {
                var fact = MergeFileFacts.Action(action.Name);
                Assert.True(fact is not null, $"{key}: action {action.Name} is not in the facts.");
                foreach (var property in action.Properties)
                {
                    var propertyFact = fact.Property(property.Key);
                    Assert.True(propertyFact is not null, $"{key}: {action.Name} property {property.Key} is not in the facts.");
                    Assert.True(!propertyFact.NeedsSwitch || (propertyFact.Switch is { } s && Switches.ContainsKey(s)),
                        $"{key}: {action.Name}.{property.Key} is unconfirmed and behind no switch.");
                }
            }
        }
    }

    [Fact]
    public void EveryUnconfirmedFact_NamesASwitch() =>
        Assert.All(MergeFileFacts.Actions.SelectMany(a => a.Properties.Select(p => (a.Name, Property: p))).Where(x => x.Property.NeedsSwitch),
            x => Assert.True(x.Property.Switch is not null || x.Property.Name == "GrantedRoles", $"{x.Name}.{x.Property.Name} is unconfirmed and names no switch."));

    [Theory]
    [InlineData(MergeFileFacts.SystemRecordNameSwitch)]
    [InlineData(MergeFileFacts.SuperserverTlsSwitch)]
    [InlineData(MergeFileFacts.DatabaseResourceSwitch)]
    public void Switch_ControlsItsUnconfirmedItem(string name)
    {
        var (setting, action, property, off) = Switches[name];
        bool Rendered(IrisSecurityConfig config) => Parsed(config, mirrored: true).SelectMany(f => f.File.Named(action)).Any(a => a[property] is not null && !off(a));

        Assert.True(Rendered(Config("default")), $"{action}.{property} is not rendered by default.");
        Assert.False(Rendered(Config("default", setting)), $"{name} does not control {action}.{property}.");
    }

    [Fact]
    public void UnrenderedGrantedRoles_NeverWritten() =>
        Assert.DoesNotContain("GrantedRoles", MergeFileRenderer.Render(Config("full"), new MergeFileInputs("wg_login", null, "IRIS-0", AccountPasswordHashes.Inputs(MergeFileRenderer.Accounts(Config("full"), "wg_login")))).Common.Masked, StringComparison.Ordinal);

    [Fact]
    public void Parser_QuotedValues_KeepCommas()
    {
        var action = MergeAction.Parse("CreateRole:Name=R,Resources=\"A:U,B:RW\",Description=\"x=y\"");
        Assert.Equal("A:U,B:RW", action["Resources"]);
        Assert.Equal("x=y", action["Description"]);
        Assert.Throws<FormatException>(() => MergeAction.Parse("CreateRole:Name=\"R"));
    }

    [Fact]
    public void SecretsInRender_AreSecretValuesOnly() =>
        Assert.All(((InterpolationValue)MergeFileRenderer.Render(Config("default"), new MergeFileInputs("wg_login", null, "IRIS-0", AccountPasswordHashes.Inputs(MergeFileRenderer.Accounts(Config("default"), "wg_login")))).Common.Value).Parts,
            p => Assert.True(p is StringValue or SecretValue));
}
