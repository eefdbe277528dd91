using System.Collections.Immutable;
using IrisStack.Components.Collections;
using IrisStack.Components.Config;

namespace IrisStack.Components.Data.Security;

/// <summary>Auditing (<c>iris-stack:data.security.audit</c>): the system switch and the events turned on.</summary>
/// <param name="Enabled">Whether auditing is on (<c>Security.System.AuditEnabled</c>).</param>
/// <param name="Events">The events enabled: <see cref="IrisSecurityDefaults.RequiredAuditEvents"/> always, then the stack's extra ones.</param>
public sealed record AuditSettings(bool Enabled, EquatableArray<AuditEvent> Events)
{
    /// <summary>Reads the section.</summary>
    public static AuditSettings Read(ConfigSection section)
    {
        ArgumentNullException.ThrowIfNull(section);
        var enabled = section.Bool("enabled", true, "IRIS auditing (Security.System AuditEnabled); false only with a reason, the data policies flag it");
        var extra = section.StringList("extraEvents", [],
            "Audit events enabled beyond the required ones (login, login failure, logout, direct mode, protect, security and configuration changes), each Source/Type/Name",
            AuditEvent.Validate, "write it as Source/Type/Name, e.g. %System/%SQL/DynamicStatementDDL.");
        section.RejectUnknownKeys();
        var events = IrisSecurityDefaults.RequiredAuditEvents.Concat(extra.Select(AuditEvent.Parse)).Distinct().ToImmutableArray();
        return new AuditSettings(enabled, events);
    }
}
