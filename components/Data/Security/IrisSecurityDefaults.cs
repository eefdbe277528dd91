using System.Collections.Immutable;

namespace IrisStack.Components.Data.Security;

/// <summary>
/// The secure defaults and product vocabulary of the IRIS security configuration (iris.md §2).
/// The data policies check rendered merge files against the same lists, so a stack or an edit
/// that drops an entry is flagged.
/// </summary>
public static class IrisSecurityDefaults
{
    /// <summary>
    /// Audit events always enabled (AUD §4, as Source/Type/Name): logins and their failures,
    /// logouts, direct mode, protect failures, every security change, configuration changes and
    /// lost audit records. <c>Login</c>, <c>Logout</c> and <c>DirectMode</c> are off by default.
    /// </summary>
    public static readonly ImmutableArray<AuditEvent> RequiredAuditEvents =
    [
        new("%System", "%Login", "Login"),
        new("%System", "%Login", "LoginFailure"),
        new("%System", "%Login", "Logout"),
        new("%System", "%Login", "Terminate"),
        new("%System", "%DirectMode", "DirectMode"),
        new("%System", "%Security", "Protect"),
        new("%System", "%Security", "ApplicationChange"),
        new("%System", "%Security", "AuditChange"),
        new("%System", "%Security", "ResourceChange"),
        new("%System", "%Security", "RoleChange"),
        new("%System", "%Security", "ServiceChange"),
        new("%System", "%Security", "SSLConfigChange"),
        new("%System", "%Security", "ServerChange"),
        new("%System", "%Security", "SystemChange"),
        new("%System", "%Security", "UserChange"),
        new("%System", "%System", "ConfigurationChange"),
        new("%System", "%System", "AuditRecordLost"),
    ];

    /// <summary>Every service name (SAG §20.1): resource-based and basic.</summary>
    public static readonly ImmutableArray<string> Services =
    [
        "%Service_Bindings", "%Service_CacheDirect", "%Service_CallIn", "%Service_ComPort", "%Service_Console",
        "%Service_DocDB", "%Service_EscalateLogin", "%Service_Login", "%Service_Telnet", "%Service_Terminal",
        "%Service_WebGateway", "%Service_DataCheck", "%Service_ECP", "%Service_Mirror", "%Service_Monitor",
        "%Service_Shadow", "%Service_Sharding", "%Service_Weblink",
    ];

    /// <summary>Services the stack never uses, disabled by default: remote terminals, serial ports, legacy protocols.</summary>
    public static readonly ImmutableArray<string> DisabledServices =
        ["%Service_Telnet", "%Service_Console", "%Service_ComPort", "%Service_CacheDirect", "%Service_Weblink", "%Service_Shadow", "%Service_DocDB"];

    /// <summary>Services the stack needs and that may not be disabled: the gateway login, ECP to compute, mirroring.</summary>
    public static readonly ImmutableArray<string> RequiredServices = ["%Service_WebGateway", "%Service_ECP", "%Service_Mirror"];

    /// <summary>Predefined accounts disabled by default: the named admin replaces them (SAG §10.3).</summary>
    public static readonly ImmutableArray<string> DisabledAccounts = ["_SYSTEM", "Admin", "SuperUser"];

    /// <summary>Predefined accounts that may be disabled through <c>disabledAccounts</c>.</summary>
    public static readonly ImmutableArray<string> DisablableAccounts = ["_SYSTEM", "Admin", "SuperUser", "IAM"];

    /// <summary>Every predefined account (SAG §10.3); none of them can be created by the stack.</summary>
    public static readonly ImmutableArray<string> PredefinedAccounts =
        ["Admin", "SuperUser", "_SYSTEM", "CSPSystem", "IAM", "UnknownUser", "_PUBLIC", "_Ensemble", "HS_Services"];

    /// <summary>The identity of unauthenticated connections; always disabled.</summary>
    public const string UnknownUser = "UnknownUser";

    /// <summary>The role of everything; only the named admin holds it.</summary>
    public const string AllRole = "%All";

    /// <summary>The role the Web Gateway's IRIS account gets: use of <c>%Service_WebGateway</c>, nothing else.</summary>
    public const string WebGatewayRole = "IrisStackWebGateway";

    /// <summary>The Web Gateway's one grant.</summary>
    public const string WebGatewayGrant = "%Service_WebGateway:U";

    /// <summary>Predefined roles a user may hold (SAG §7); <c>%All</c> is the admin's alone.</summary>
    public static readonly ImmutableArray<string> PredefinedRoles = ["%Manager", "%Operator", "%Developer", "%SQL", "%SecureBreak", "%SecurityAdministrator"];

    /// <summary>System resources a role may grant (SAG §9.5; SEC), besides <see cref="Services"/> and the application databases.</summary>
    public static readonly ImmutableArray<string> SystemResources =
    [
        "%Admin_ExternalLanguageServerEdit", "%Admin_Journal", "%Admin_Manage", "%Admin_OAuth2_Client", "%Admin_OAuth2_Registration",
        "%Admin_OAuth2_Server", "%Admin_Operate", "%Admin_RoleEdit", "%Admin_Secure", "%Admin_Task", "%Admin_UserEdit",
        "%Development", "%DocDB_Admin", "%IAM", "%System_Callout", "%System_Attach", "%Secure_Break", "%Admin_Wallet",
        "%DB_IRISSYS", "%DB_IRISLIB", "%DB_IRISTEMP", "%DB_IRISLOCALDATA", "%DB_IRISAUDIT", "%DB_IRISMETRICS", "%DB_ENSLIB",
        "%Gateway_Object", "%Gateway_SQL", "%Gateway_ML",
        "%Native_ClassExecution", "%Native_Concurrency", "%Native_GlobalAccess", "%Native_Transaction",
    ];

    /// <summary>Database names IRIS or IKO already use (IKO creates IRISCLUSTER, §1.7).</summary>
    public static readonly ImmutableArray<string> ReservedDatabases =
        ["IRISSYS", "IRISLIB", "IRISTEMP", "IRISLOCALDATA", "IRISAUDIT", "IRISMETRICS", "IRISSECURITY", "ENSLIB", "USER", "IRISCLUSTER"];

    /// <summary>Development-only applications, disabled unless the stack allows them.</summary>
    public static readonly ImmutableArray<string> DevelopmentApplications = ["/api/atelier", "/csp/documatic"];

    /// <summary>The mirror set name IKO configures (<c>ConfigMirror:Name=IRISMIRROR1</c>, IRISM <c>iko-cm/data-0.txt</c>).</summary>
    public const string IkoMirrorSetName = "IRISMIRROR1";

    /// <summary>The ECP server name IKO writes on compute nodes (<c>[ECPServers] IRIS-0=…</c>, IRISM <c>iko-cm/compute.txt</c>).</summary>
    public const string IkoEcpServerName = "IRIS-0";
}
