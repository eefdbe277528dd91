using System.Text;
using IrisStack.Components.Config;

namespace IrisStack.Policies.Reports;

/// <summary>
/// The human report, grouped the way <c>pulumi preview</c> prints CrossGuard results: the pack
/// line, then each open violation with its level, policy, resource, message and fix; then
/// suppressed findings with their reasons.
/// </summary>
public static class PolicyTextReport
{
    /// <summary>The pack's name as it appears in reports.</summary>
    public const string PackName = "iris-stack-policies";

    /// <summary>Renders the report as plain text lines.</summary>
    public static string Render(PolicyReport report)
    {
        var text = new StringBuilder();
        var evaluated = report.Results.Count(r => r.Status != PolicyStatus.Disabled);
        text.AppendLine("Policies:");
        text.AppendLine($"    {(report.Passed ? "PASSED" : "FAILED")} {PackName} ({evaluated} policies evaluated, {report.MandatoryViolations} mandatory and {report.AdvisoryViolations} advisory violations)");
        foreach (var result in report.Results.Where(r => r.Open.Any()))
        {
            foreach (var violation in result.Open)
            {
                var property = violation.Property.Length > 0 ? $" [{violation.Property}]" : string.Empty;
                text.AppendLine($"        - [{Level(result.Level)}]  {result.Policy.Id}  ({violation.ResourceType}: {violation.Resource}){property}");
                text.AppendLine($"          {result.Policy.Description}");
                text.AppendLine($"          {violation.Message}");
                text.AppendLine($"          Fix: {violation.Fix}");
            }
        }

        var suppressed = report.Results.SelectMany(r => r.Violations.Where(v => v.IsSuppressed).Select(v => (r.Policy, Violation: v))).ToList();
        if (suppressed.Count > 0)
        {
            text.AppendLine("    Suppressed:");
            foreach (var (policy, violation) in suppressed)
            {
                text.AppendLine($"        - {policy.Id}  ({violation.ResourceType}: {violation.Resource}): {violation.SuppressedBy!.Reason}");
            }
        }

        if (report.UnmatchedSuppressions.Length > 0)
        {
            text.AppendLine("    Unmatched suppressions (no resource of the stack has that name or URN, so they suppress nothing):");
            foreach (var suppression in report.UnmatchedSuppressions)
            {
                text.AppendLine($"        - {suppression.Policy}  ({suppression.Resource}) at {suppression.Key}: fix the resource name or remove the suppression");
            }
        }

        return text.ToString();
    }

    private static string Level(EnforcementLevel level) => level.ToString().ToLowerInvariant();
}
