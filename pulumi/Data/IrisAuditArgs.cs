using Pulumi;

namespace IrisStack.Pulumi;

/// <summary>IRIS auditing (Security.System AuditEnabled) and its events.</summary>
public sealed class IrisAuditArgs : ResourceArgs
{
    /// <summary>IRIS auditing (default true); false only with a reason, the data policies flag it.</summary>
    [Input("enabled")]
    public bool? Enabled { get; set; }

    /// <summary>Audit events enabled beyond the required ones, each Source/Type/Name, e.g. %System/%SQL/DynamicStatementDDL.</summary>
    [Input("extraEvents")]
    public List<string>? ExtraEvents { get; set; }
}
