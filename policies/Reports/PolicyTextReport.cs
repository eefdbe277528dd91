using System.Text;
using IrisStack.Components.Config;

namespace IrisStack.Policies.Reports;

/// <summary>
/// The human report, grouped the way <c>pulumi preview</c> prints CrossGuard results: the pack
/// line, where the levels came from when not from the stack, the resource types no policy
/// examines, then each open violation with its level, policy, resource, message, fix and the
/// setting behind it; then suppressed findings with their reasons.
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
        if (report.LevelsNote is { } note)
        {
            text.AppendLine($"    Levels: {note}");
        }

        if (!report.NotCovered.IsEmpty)
        {
            text.AppendLine($"    Not covered (no policy examines these types): {NotCovered(report)}");
        }

        foreach (var result in report.Results.Where(r => r.Open.Any()))
        {
            foreach (var violation in result.Open)
            {
                var property = violation.Property.Length > 0 ? $" [{violation.Property}]" : string.Empty;
                text.AppendLine($"        - [{Level(result.Level)}]  {result.Policy.Id}  ({violation.ResourceType}: {violation.Resource}){property}");
                text.AppendLine($"          {result.Policy.Description}");
                text.AppendLine($"          {violation.Message}");
                text.AppendLine($"          Fix: {violation.Fix}");
                text.AppendLine(violation.Setting is { } setting
                    ? $"          Setting: {setting}"
                    : "          Setting: none (no single setting decides this; change the resource above)");
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

    /// <summary>The uncovered types as one line: <c>aws:s3/bucket:Bucket ×1, aws:ec2/eip:Eip ×2</c>.</summary>
    public static string NotCovered(PolicyReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return string.Join(", ", report.NotCovered.Select(t => $"{t.Key} ×{t.Value}"));
    }

    private static string Level(EnforcementLevel level) => level.ToString().ToLowerInvariant();
}
