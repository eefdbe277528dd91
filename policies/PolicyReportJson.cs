using System.Text.Json;

namespace IrisStack.Policies;

/// <summary>The JSON form of a policy report: the plan's <c>policies</c> section and <c>check --format json</c>.</summary>
public static class PolicyReportJson
{
    /// <summary>Writes the report as one JSON object.</summary>
    public static void Write(Utf8JsonWriter writer, PolicyReport report)
    {
        writer.WriteStartObject();
        writer.WriteBoolean("passed", report.Passed);
        writer.WriteNumber("mandatoryViolations", report.MandatoryViolations);
        writer.WriteNumber("advisoryViolations", report.AdvisoryViolations);
        if (report.LevelsNote is { } note)
        {
            writer.WriteString("levels", note);
        }

        writer.WriteStartArray("results");
        foreach (var result in report.Results)
        {
            writer.WriteStartObject();
            writer.WriteString("policy", result.Policy.Id);
            writer.WriteString("level", result.Level.ToString().ToLowerInvariant());
            writer.WriteString("status", result.Status.ToString().ToLowerInvariant());
            writer.WriteStartArray("violations");
            foreach (var violation in result.Violations)
            {
                writer.WriteStartObject();
                writer.WriteString("urn", violation.Urn);
                writer.WriteString("resourceType", violation.ResourceType);
                writer.WriteString("property", violation.Property);
                writer.WriteString("message", violation.Message);
                writer.WriteString("fix", violation.Fix);
                if (violation.Setting is { } setting)
                {
                    writer.WriteString("setting", setting);
                }
                else
                {
                    writer.WriteNull("setting");
                }

                if (violation.SuppressedBy is { } suppression)
                {
                    writer.WriteString("suppressedBecause", suppression.Reason);
                }

                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("unmatchedSuppressions");
        foreach (var suppression in report.UnmatchedSuppressions)
        {
            writer.WriteStartObject();
            writer.WriteString("policy", suppression.Policy);
            writer.WriteString("resource", suppression.Resource);
            writer.WriteString("key", suppression.Key);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartObject("notCovered");
        foreach (var (type, count) in report.NotCovered)
        {
            writer.WriteNumber(type, count);
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
    }
}
