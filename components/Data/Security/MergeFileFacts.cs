using System.Collections.Immutable;

namespace IrisStack.Components.Data.Security;

/// <summary>
/// The merge-file syntax IrisStack may write, each item with its source (iris.md §2; short names
/// from its §0) and whether it is confirmed. Tests parse every rendered file and check every
/// section, key, action and property against these facts; an unconfirmed item names the
/// <c>data.security</c> switch it sits behind. Only actions the renderer writes are listed.
/// </summary>
public static class MergeFileFacts
{
    /// <summary>Switch: the record name ModifySystem addresses.</summary>
    public const string SystemRecordNameSwitch = "systemRecordName";

    /// <summary>Switch: the ModifyServer line requiring TLS.</summary>
    public const string SuperserverTlsSwitch = "superserverTls.required";

    /// <summary>Switch: CreateDatabase's Resource property.</summary>
    public const string DatabaseResourceSwitch = "setDatabaseResource";

    /// <summary>CPF sections a merge file may hold, with their keys: <c>[Actions]</c> is merge-only (CPF-REF [Actions]).</summary>
    public static readonly ImmutableDictionary<string, ImmutableArray<MergePropertyFact>> Sections = new Dictionary<string, ImmutableArray<MergePropertyFact>>
    {
        ["Startup"] = [new("PasswordHash", true, "CONT §5.2.6; CMF §9.1.1"), new("DefaultPort", true, "SAG §13.4.3"), new("SystemMode", true, "CMF §9.1.4")],
        ["Actions"] = [],
    }.ToImmutableDictionary();

    /// <summary>The actions, each with the properties of the class method it runs.</summary>
    public static readonly ImmutableArray<MergeActionFact> Actions =
    [
        new("ModifySystem", "CPF-REF", [
            new("Name", true, "CPF-REF", SystemRecordNameSwitch, ValueConfirmed: false),
            new("AuditEnabled", true, "Class refs Security.System; AUD"),
            new("PasswordPattern", true, "SEC; Class refs Security.System"),
            new("InvalidLoginLimit", true, "SEC; Class refs Security.System"),
            new("PasswordExpirationDays", true, "SEC; Class refs Security.System"),
            new("InactiveLimit", true, "SEC; Class refs Security.System"),
        ]),
        new("ModifyEvent", "CPF-REF; AUD", [new("Source", true, "CPF-REF"), new("Type", true, "CPF-REF"), new("Name", true, "CPF-REF"), new("Enabled", true, "CPF-REF")]),
        new("CreateResource", "CPF-REF", [new("Name", true, "CPF-REF"), new("PublicPermission", true, "CPF-REF"), new("Description", true, "CPF-REF")]),
        new("CreateRole", "CPF-REF", [new("Name", true, "CPF-REF"), new("Resources", true, "CPF-REF"), new("Description", true, "CPF-REF"), new("GrantedRoles", false, "third party")]),
        new("CreateUser", "CPF-REF; CMF §9.3", [new("Name", true, "CPF-REF"), new("PasswordHash", true, "CPF-REF; CMF §9.3"), new("Roles", true, "CPF-REF; CMF §9.3")]),
        new("ModifyUser", "CPF-REF", [new("Name", true, "CPF-REF"), new("Enabled", true, "grongierisc/iam-training")]),
        new("ModifyService", "CPF-REF", [new("Name", true, "CPF-REF"), new("Enabled", true, "CPF-REF"), new("AutheEnabled", true, "CPF-REF; CMF §9.3.1"), new("ClientSystems", true, "SAG §20.2")]),
        new("ModifyServer", "CPF-REF; SAG §13.4.3", [
            new("Port", true, "CPF-REF"),
            new("BindAddress", true, "CPF-REF"),
            new("SSLConfig", true, "Class refs Security.Servers"),
            new("SSLSupportLevel", true, "Class refs Security.Servers", SuperserverTlsSwitch, ValueConfirmed: false),
        ]),
        new("CreateApplication", "CPF-REF", [
            new("Name", true, "CPF-REF"),
            new("NameSpace", true, "Class refs Security.Applications"),
            new("DispatchClass", true, "Class refs Security.Applications"),
            new("Enabled", true, "Class refs Security.Applications"),
            new("AutheEnabled", true, "Class refs Security.Applications; CMF §9.3.1"),
            new("Resource", true, "Class refs Security.Applications"),
        ]),
        new("ModifyApplication", "CPF-REF", [new("Name", true, "CPF-REF"), new("Enabled", true, "Class refs Security.Applications")]),
        new("CreateDatabase", "CPF-REF", [
            new("Name", true, "CPF-REF"),
            new("Directory", true, "CPF-REF"),
            new("MirrorSetName", true, "CPF-REF"),
            new("MirrorDBName", true, "CPF-REF"),
            new("Server", true, "CPF-REF"),
            new("LogicalOnly", true, "CPF-REF"),
            new("Resource", false, "third party", DatabaseResourceSwitch),
        ]),
        new("CreateNamespace", "CPF-REF", [new("Name", true, "CPF-REF"), new("Globals", true, "CPF-REF"), new("Routines", true, "CPF-REF")]),
    ];

    /// <summary>The fact for an action, or null when the reference does not give it.</summary>
    public static MergeActionFact? Action(string name) => Actions.FirstOrDefault(a => a.Name == name);
}
