using IrisStack.Components.Data.Security;
using IrisStack.Components.Graph;

namespace IrisStack.Policies.Rules.Data;

/// <summary>The merge files turn IRIS auditing on and enable every required event.</summary>
public sealed class IrisAuditEnabled : IrisMergeFilePolicy
{
    /// <inheritdoc />
    public override string Id => "iris-merge-audit-enabled";

    /// <inheritdoc />
    public override string Description => "The IRIS merge files set ModifySystem AuditEnabled=1 (and never 0) and ModifyEvent Enabled=1 (and never 0) for every required event: login, login failure, logout, terminate, direct mode, protect, the security changes, configuration change, audit record lost.";

    /// <inheritdoc />
    public override string Rationale => "Without the audit log no login, privilege failure or security change can be traced; Login, Logout and DirectMode are off by default even with auditing on (iris.md §2.8).";

    /// <inheritdoc />
    protected override IEnumerable<Finding> Check(ResourceNode node, IReadOnlyList<(string Key, MergeFile File)> files)
    {
        var key = files.Any(f => f.Key == MergeFiles.CommonKey) ? MergeFiles.CommonKey : files[0].Key;
        var system = files.SelectMany(f => f.File.Named("ModifySystem")).Where(a => a["AuditEnabled"] is not null).ToList();
        if (system.Count == 0 || system.Any(a => !IsOn(a["AuditEnabled"])))
        {
            yield return Violation(node, key, system.Count == 0 ? "No merge file sets ModifySystem AuditEnabled=1, so auditing is left as the instance has it." : "A merge file sets ModifySystem AuditEnabled=0: auditing is off.",
                "Set ModifySystem AuditEnabled=1 in common.cpf.", "audit.enabled", "true");
        }

        var events = files.SelectMany(f => f.File.Named("ModifyEvent")).ToList();
        foreach (var required in IrisSecurityDefaults.RequiredAuditEvents)
        {
            var matching = events.Where(e => Same(e["Source"], required.Source) && Same(e["Type"], required.Type) && Same(e["Name"], required.Name)).ToList();
            if (matching.Count == 0 || matching.Any(e => !IsOn(e["Enabled"])))
            {
                yield return Violation(node, IrisMergeFileResources.Property(key), $"The audit event {required} is {(matching.Count == 0 ? "not enabled" : "disabled")}.",
                    $"Add ModifyEvent:Source={required.Source},Type={required.Type},Name={required.Name},Enabled=1 to common.cpf (the data layer renders every required event).");
            }
        }
    }

    private static bool Same(string? value, string expected) => string.Equals(value, expected, StringComparison.OrdinalIgnoreCase);
}
