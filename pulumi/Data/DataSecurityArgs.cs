using Pulumi;

namespace IrisStack.Pulumi;

/// <summary>IRIS RBAC, auditing, password policy, services and applications, rendered as merge files: the shape of <c>iris-stack:data.security</c>.</summary>
public sealed class DataSecurityArgs : ResourceArgs
{
    /// <summary>Auditing: on, with the required events.</summary>
    [Input("audit")]
    public IrisAuditArgs? Audit { get; set; }

    /// <summary>Password and login policy (Security.System).</summary>
    [Input("passwordPolicy")]
    public IrisPasswordPolicyArgs? PasswordPolicy { get; set; }

    /// <summary>The named admin, the only account holding %All.</summary>
    [Input("admin")]
    public IrisAdminArgs? Admin { get; set; }

    /// <summary>New password of the predefined accounts, replacing SYS, as a secret Output; unset, the component generates one.</summary>
    [Input("predefinedPassword")]
    public Input<string>? PredefinedPassword { get; set; }

    /// <summary>Application databases, one namespace each (default APPDATA in APP).</summary>
    [Input("databases")]
    public List<IrisDatabaseArgs>? Databases { get; set; }

    /// <summary>Custom resources for applications (default App_Api); each database's %DB_&lt;NAME&gt; is created too.</summary>
    [Input("resources")]
    public List<string>? Resources { get; set; }

    /// <summary>Roles and their grants (default AppApi: App_Api:U, %DB_APPDATA:RW).</summary>
    [Input("roles")]
    public List<IrisRoleArgs>? Roles { get; set; }

    /// <summary>Application users, each holding roles only (default none).</summary>
    [Input("users")]
    public List<IrisUserArgs>? Users { get; set; }

    /// <summary>The REST applications (default /api/app).</summary>
    [Input("applications")]
    public List<IrisApplicationArgs>? Applications { get; set; }

    /// <summary>Leave /api/atelier and /csp/documatic enabled (development only; default false disables them).</summary>
    [Input("allowDevelopmentApplications")]
    public bool? AllowDevelopmentApplications { get; set; }

    /// <summary>Services disabled (ModifyService Enabled=0), such as %Service_Telnet.</summary>
    [Input("disabledServices")]
    public List<string>? DisabledServices { get; set; }

    /// <summary>Predefined accounts disabled (ModifyUser Enabled=0), such as _SYSTEM; UnknownUser is disabled always.</summary>
    [Input("disabledAccounts")]
    public List<string>? DisabledAccounts { get; set; }

    /// <summary>TLS on the superserver.</summary>
    [Input("superserverTls")]
    public SuperserverTlsArgs? SuperserverTls { get; set; }

    /// <summary>The Name ModifySystem addresses, the Security.System record (default SYSTEM; unconfirmed).</summary>
    [Input("systemRecordName")]
    public string? SystemRecordName { get; set; }

    /// <summary>Write Resource=%DB_&lt;NAME&gt; on CreateDatabase (default true; the property is unconfirmed, turn off only if the merge refuses it).</summary>
    [Input("setDatabaseResource")]
    public bool? SetDatabaseResource { get; set; }

    /// <summary>
    /// PasswordHash values (&lt;hash&gt;,&lt;salt&gt;,&lt;work factor&gt;,&lt;algorithm&gt;, from InterSystems' passwordhash
    /// container) as secret Outputs, by account the merge files create, and predefined for the
    /// predefined accounts. Every one of them is required: the component names the missing ones.
    /// </summary>
    // Keys plain, values inputs: which accounts have a hash decides the graph, the hashes only pass through.
    [Input("passwordHashes")]
    public Dictionary<string, Input<string>>? PasswordHashes { get; set; }
}
