using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace IrisStack.Policies.Reports;

/// <summary>Renders a report in any <see cref="ReportFormat"/>; every form is deterministic (no timestamps).</summary>
public static class PolicyReportRenderer
{
    /// <summary>The report as text in the given format, ending with a newline.</summary>
    public static string Render(ReportFormat format, PolicyReport report, ReportOptions? options = null) => format switch
    {
        ReportFormat.Text => PolicyTextReport.Render(report),
        ReportFormat.Json => Json(report),
        ReportFormat.Sarif => PolicySarifReport.Render(report, options ?? ReportOptions.Default),
        ReportFormat.Junit => PolicyJUnitReport.Render(report),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown report format."),
    };

    /// <summary>Writer options shared by the JSON forms: indented, readable non-ASCII and quotes.</summary>
    internal static JsonWriterOptions JsonOptions { get; } = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static string Json(PolicyReport report)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, JsonOptions))
        {
            PolicyReportJson.Write(writer, report);
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }
}
