using System.Globalization;
using System.Text;
using System.Xml;
using IrisStack.Components.Config;

namespace IrisStack.Policies.Reports;

/// <summary>
/// The report as JUnit XML for CI test views, valid under the Jenkins xUnit plugin's JUnit schema:
/// one <c>testsuite</c> per policy layer, one <c>testcase</c> per policy that checked something
/// (<c>classname</c> = layer, <c>name</c> = policy id). Only what fails the preview fails the test:
/// a mandatory policy with open findings is a <c>failure</c> listing each finding's URN, message
/// and fix. Advisory findings and suppressed ones are written to <c>system-out</c> of a passing
/// test; disabled policies are <c>skipped</c>. A policy that found nothing to check is no test at
/// all (a suite property lists it), so a preview nothing applied to shows no tests rather than
/// skipped ones that look like coverage; a last suite, <c>not covered</c>, lists the resource types
/// no policy examines. No timestamps or durations, so the same stack gives the same bytes.
/// </summary>
public static class PolicyJUnitReport
{
    /// <summary>The name of the suite that lists what no policy examines.</summary>
    public const string NotCoveredSuite = "not covered";

    /// <summary>Renders the XML document.</summary>
    public static string Render(PolicyReport report)
    {
        var settings = new XmlWriterSettings
        {
            Indent = true,
            IndentChars = "  ",
            NewLineChars = "\n",
            Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        };
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, settings))
        {
            writer.WriteStartDocument();
            writer.WriteStartElement("testsuites");
            writer.WriteAttributeString("name", $"{PolicyTextReport.PackName} ({report.Project}/{report.Stack})");
            var tested = report.Results.Where(r => r.Status != PolicyStatus.NotApplicable).ToList();
            writer.WriteAttributeString("tests", Invariant(tested.Count));
            writer.WriteAttributeString("failures", Invariant(tested.Count(IsFailure)));
            writer.WriteAttributeString("errors", "0");
            foreach (var layer in report.Results.GroupBy(r => r.Policy.Layer))
            {
                WriteSuite(writer, report, layer.Key, [.. layer]);
            }

            WriteNotCovered(writer, report);
            writer.WriteEndElement();
            writer.WriteEndDocument();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void WriteSuite(XmlWriter writer, PolicyReport report, string layer, IReadOnlyList<PolicyResult> results)
    {
        var tested = results.Where(r => r.Status != PolicyStatus.NotApplicable).ToList();
        writer.WriteStartElement("testsuite");
        writer.WriteAttributeString("name", layer);
        writer.WriteAttributeString("tests", Invariant(tested.Count));
        writer.WriteAttributeString("failures", Invariant(tested.Count(IsFailure)));
        writer.WriteAttributeString("errors", "0");
        writer.WriteAttributeString("skipped", Invariant(tested.Count(r => r.Status == PolicyStatus.Disabled)));
        writer.WriteStartElement("properties");
        WriteProperty(writer, "project", report.Project);
        WriteProperty(writer, "stack", report.Stack);
        if (report.LevelsNote is { } note)
        {
            WriteProperty(writer, "levels", note);
        }

        var idle = results.Where(r => r.Status == PolicyStatus.NotApplicable).Select(r => r.Policy.Id).ToList();
        if (idle.Count > 0)
        {
            WriteProperty(writer, "not-applicable", string.Join(", ", idle));
        }

        writer.WriteEndElement();
        foreach (var result in tested)
        {
            WriteCase(writer, report, layer, result);
        }

        writer.WriteEndElement();
    }

    // What no policy looked at, as a suite without tests: visible in the report, never a pass.
    private static void WriteNotCovered(XmlWriter writer, PolicyReport report)
    {
        if (report.NotCovered.IsEmpty)
        {
            return;
        }

        writer.WriteStartElement("testsuite");
        writer.WriteAttributeString("name", NotCoveredSuite);
        writer.WriteAttributeString("tests", "0");
        writer.WriteStartElement("properties");
        foreach (var (type, count) in report.NotCovered)
        {
            WriteProperty(writer, type, Invariant(count));
        }

        writer.WriteEndElement();
        writer.WriteElementString("system-out", $"No policy examines these resource types, so nothing about them was checked: {PolicyTextReport.NotCovered(report)}\n");
        writer.WriteEndElement();
    }

    private static bool IsFailure(PolicyResult result) => result.Status == PolicyStatus.Violated && result.Level == EnforcementLevel.Mandatory;

    private static void WriteCase(XmlWriter writer, PolicyReport report, string layer, PolicyResult result)
    {
        writer.WriteStartElement("testcase");
        writer.WriteAttributeString("classname", layer);
        writer.WriteAttributeString("name", result.Policy.Id);
        var open = result.Open.ToList();
        switch (result.Status)
        {
            case PolicyStatus.Disabled:
                WriteSkipped(writer, $"disabled on stack {report.Stack}");
                break;
            case PolicyStatus.Violated when result.Level == EnforcementLevel.Mandatory:
                writer.WriteStartElement("failure");
                writer.WriteAttributeString("message", $"{Count(open.Count, "mandatory finding")}: {result.Policy.Description}");
                writer.WriteAttributeString("type", "mandatory");
                writer.WriteString(Details(open));
                writer.WriteEndElement();
                break;
            default:
                break;
        }

        var output = new StringBuilder();
        if (result.Level != EnforcementLevel.Mandatory && open.Count > 0)
        {
            output.Append(CultureInfo.InvariantCulture, $"{Count(open.Count, $"{Lower(result.Level)} finding")} (does not fail the preview):\n").Append(Details(open));
        }

        foreach (var suppressed in result.Violations.Where(v => v.IsSuppressed))
        {
            output.Append(CultureInfo.InvariantCulture, $"suppressed: {suppressed.Urn}{PropertyOf(suppressed)}: {suppressed.SuppressedBy!.Reason}\n");
        }

        if (output.Length > 0)
        {
            writer.WriteElementString("system-out", output.ToString());
        }

        writer.WriteEndElement();
    }

    private static string Details(IEnumerable<PolicyViolation> violations) => string.Concat(violations.Select(v =>
        $"{v.Urn}{PropertyOf(v)}\n  {v.Message}\n  Fix: {v.Fix}\n"));

    private static string PropertyOf(PolicyViolation violation) => violation.Property.Length > 0 ? $" [{violation.Property}]" : string.Empty;

    private static void WriteSkipped(XmlWriter writer, string message)
    {
        writer.WriteStartElement("skipped");
        writer.WriteAttributeString("message", message);
        writer.WriteEndElement();
    }

    private static void WriteProperty(XmlWriter writer, string name, string value)
    {
        writer.WriteStartElement("property");
        writer.WriteAttributeString("name", name);
        writer.WriteAttributeString("value", value);
        writer.WriteEndElement();
    }

    private static string Count(int count, string noun) => $"{Invariant(count)} {noun}{(count == 1 ? string.Empty : "s")}";

    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Lower<T>(T value)
        where T : struct, Enum => value.ToString().ToLower(CultureInfo.InvariantCulture);
}
