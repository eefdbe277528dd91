using System.Globalization;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using IrisStack.Components.Config;

namespace IrisStack.Policies.Reports;

/// <summary>
/// The report as SARIF 2.1.0 with one run: every policy is a rule, every finding a result whose
/// logical location is the resource's URN. GitHub code scanning only shows results with a file
/// location and a start line, so each result also points at the stack file: at the line of the
/// setting behind the finding, or line 1 when no single setting decides it. What the report did
/// not check (resource types no policy examines) and where its levels came from are tool
/// notifications of the run's invocation. Code scanning needs
/// <c>partialFingerprints</c> to follow an alert across runs, so each result carries a hash of
/// policy, URN, property and message (several nginx findings share one property), and the
/// occurrence of that message on that property (two servers with the same fault). Suppressed findings stay in with an external, accepted suppression.
/// </summary>
public static class PolicySarifReport
{
    /// <summary>The schema the log declares.</summary>
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";

    /// <summary>The SARIF version.</summary>
    public const string Version = "2.1.0";

    /// <summary>The tool (driver) name.</summary>
    public const string ToolName = "irisstack";

    /// <summary>The pack's version (the assembly's, without build metadata), so viewers can tell runs of different packs apart.</summary>
    public static string ToolVersion { get; } =
        (typeof(PolicySarifReport).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0").Split('+')[0];

    /// <summary>The key of the fingerprint each result carries.</summary>
    public const string FingerprintKey = "irisstackFinding/v2";

    /// <summary>The SARIF level of an enforcement level: mandatory is an error, advisory a warning.</summary>
    public static string LevelOf(EnforcementLevel level) => level switch
    {
        EnforcementLevel.Mandatory => "error",
        EnforcementLevel.Advisory => "warning",
        EnforcementLevel.Disabled => "none",
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, "Unknown enforcement level."),
    };

    /// <summary>Renders the log.</summary>
    public static string Render(PolicyReport report, ReportOptions options)
    {
        var stackFile = options.StackFile ?? $"Pulumi.{report.Stack}.yaml";
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, PolicyReportRenderer.JsonOptions))
        {
            writer.WriteStartObject();
            writer.WriteString("$schema", SchemaUri);
            writer.WriteString("version", Version);
            writer.WriteStartArray("runs");
            writer.WriteStartObject();
            WriteTool(writer, report, options);
            WriteInvocation(writer, report);

            // Code scanning keeps one analysis per category: one per stack, so stacks do not close each other's alerts.
            writer.WriteStartObject("automationDetails");
            writer.WriteString("id", $"{ToolName}/{report.Stack}/");
            writer.WriteEndObject();
            writer.WriteStartArray("results");
            for (var index = 0; index < report.Results.Length; index++)
            {
                var result = report.Results[index];
                var seen = new Dictionary<(string, string, string), int>();
                foreach (var violation in result.Violations)
                {
                    // The same message twice on one property (two servers of one nginx.conf) is told apart by its order.
                    var key = (violation.Urn, violation.Property, violation.Message);
                    var occurrence = seen[key] = seen.GetValueOrDefault(key) + 1;
                    WriteResult(writer, result, index, violation, occurrence, stackFile, options);
                }
            }

            writer.WriteEndArray();
            writer.WriteStartObject("properties");
            writer.WriteString("project", report.Project);
            writer.WriteString("stack", report.Stack);
            writer.WriteEndObject();
            writer.WriteEndObject();
            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void WriteTool(Utf8JsonWriter writer, PolicyReport report, ReportOptions options)
    {
        writer.WriteStartObject("tool");
        writer.WriteStartObject("driver");
        writer.WriteString("name", ToolName);
        writer.WriteString("fullName", $"IrisStack policy pack ({PolicyTextReport.PackName})");
        writer.WriteString("version", ToolVersion);
        writer.WriteString("semanticVersion", ToolVersion);
        if (options.InformationUri is { } uri)
        {
            writer.WriteString("informationUri", uri);
        }

        writer.WriteStartArray("rules");
        foreach (var policy in report.Results.Select(r => r.Policy))
        {
            writer.WriteStartObject();
            writer.WriteString("id", policy.Id);
            writer.WriteString("name", policy.GetType().Name);
            WriteText(writer, "shortDescription", policy.Description);
            WriteText(writer, "fullDescription", policy.Rationale);
            if (options.InformationUri is { } docs)
            {
                // docs/policies.md has a heading per policy id, and GitHub's anchor of a kebab-case heading is the id itself.
                writer.WriteString("helpUri", $"{docs}#{policy.Id}");
            }
            writer.WriteStartObject("help");
            writer.WriteString("text", Help(policy));
            writer.WriteEndObject();
            writer.WriteStartObject("defaultConfiguration");
            if (policy.DefaultLevel == EnforcementLevel.Disabled)
            {
                writer.WriteBoolean("enabled", false);
            }

            writer.WriteString("level", LevelOf(policy.DefaultLevel));
            writer.WriteEndObject();
            writer.WriteStartObject("properties");
            writer.WriteString("layer", policy.Layer);
            writer.WriteString("defaultLevel", Lower(policy.DefaultLevel));
            writer.WriteStartArray("peerIds");
            foreach (var peer in policy.PeerIds)
            {
                writer.WriteStringValue(peer);
            }

            writer.WriteEndArray();
            if (!policy.PartialPeers.IsEmpty)
            {
                writer.WriteStartObject("partialPeers");
                foreach (var (peer, reason) in policy.PartialPeers.OrderBy(p => p.Key, StringComparer.Ordinal))
                {
                    writer.WriteString(peer, reason);
                }

                writer.WriteEndObject();
            }

            writer.WriteStartArray("tags");
            writer.WriteStringValue("security");
            writer.WriteStringValue(policy.Layer);
            writer.WriteEndArray();
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void WriteInvocation(Utf8JsonWriter writer, PolicyReport report)
    {
        writer.WriteStartArray("invocations");
        writer.WriteStartObject();
        writer.WriteBoolean("executionSuccessful", true);
        writer.WriteStartArray("toolExecutionNotifications");
        if (report.LevelsNote is { } note)
        {
            WriteNotification(writer, "levels", "note", $"Levels: {note}.");
        }

        if (!report.NotCovered.IsEmpty)
        {
            WriteNotification(writer, "not-covered", "warning", $"Not covered (no policy examines these resource types): {PolicyTextReport.NotCovered(report)}.");
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteEndArray();
    }

    private static void WriteNotification(Utf8JsonWriter writer, string id, string level, string text)
    {
        writer.WriteStartObject();
        writer.WriteStartObject("descriptor");
        writer.WriteString("id", id);
        writer.WriteEndObject();
        writer.WriteString("level", level);
        WriteText(writer, "message", text);
        writer.WriteEndObject();
    }

    private static void WriteResult(Utf8JsonWriter writer, PolicyResult result, int ruleIndex, PolicyViolation violation, int occurrence, string stackFile, ReportOptions options)
    {
        writer.WriteStartObject();
        writer.WriteString("ruleId", result.Policy.Id);
        writer.WriteNumber("ruleIndex", ruleIndex);
        writer.WriteString("level", LevelOf(result.Level));
        var property = violation.Property.Length > 0 ? $" [{violation.Property}]" : string.Empty;
        var setting = violation.Setting is { } key
            ? violation.Fix.Contains(key, StringComparison.Ordinal) ? string.Empty : $" Setting: {key}."
            : " No single setting decides this: change the resource.";
        WriteText(writer, "message", $"{violation.Resource} ({violation.ResourceType}){property}: {violation.Message} Fix: {violation.Fix}{setting}");
        writer.WriteStartArray("locations");
        writer.WriteStartObject();
        writer.WriteStartObject("physicalLocation");
        writer.WriteStartObject("artifactLocation");
        writer.WriteString("uri", stackFile);
        writer.WriteEndObject();
        writer.WriteStartObject("region");
        writer.WriteNumber("startLine", violation.Setting is { } settingKey ? options.LineOfSetting(settingKey) ?? 1 : 1);
        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteStartArray("logicalLocations");
        writer.WriteStartObject();
        writer.WriteString("name", violation.Resource);
        writer.WriteString("fullyQualifiedName", violation.Urn);
        writer.WriteString("kind", "resource");
        writer.WriteEndObject();
        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteEndArray();
        writer.WriteStartObject("partialFingerprints");
        writer.WriteString(FingerprintKey, Fingerprint(result.Policy.Id, violation, occurrence));
        writer.WriteEndObject();
        if (violation.SuppressedBy is { } suppression)
        {
            writer.WriteStartArray("suppressions");
            writer.WriteStartObject();
            writer.WriteString("kind", "external");
            writer.WriteString("status", "accepted");
            writer.WriteString("justification", suppression.Reason);
            writer.WriteEndObject();
            writer.WriteEndArray();
        }

        writer.WriteStartObject("properties");
        writer.WriteString("resourceType", violation.ResourceType);
        writer.WriteString("property", violation.Property);
        writer.WriteString("fix", violation.Fix);
        if (violation.Setting is { } settingName)
        {
            writer.WriteString("setting", settingName);
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static string Help(Policy policy)
    {
        var peers = policy.PeerIds.IsEmpty ? string.Empty
            : $"\n\nCorresponds to: {string.Join(", ", policy.PeerIds.Select(p => policy.PartialPeers.TryGetValue(p, out var reason) ? $"{p} (partial: {reason})" : p))}.";
        return $"{policy.Description}\n\nWhy: {policy.Rationale}\n\nEach finding's message says how to fix it. Level: {Lower(policy.DefaultLevel)} unless the stack's iris-stack:policies settings say otherwise.{peers}";
    }

    private static string Fingerprint(string policy, PolicyViolation violation, int occurrence)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{policy}\n{violation.Urn}\n{violation.Property}\n{violation.Message}\n{occurrence}"));
        return Convert.ToHexStringLower(hash);
    }

    private static void WriteText(Utf8JsonWriter writer, string property, string text)
    {
        writer.WriteStartObject(property);
        writer.WriteString("text", text);
        writer.WriteEndObject();
    }

    private static string Lower(EnforcementLevel level) => level.ToString().ToLower(CultureInfo.InvariantCulture);
}
