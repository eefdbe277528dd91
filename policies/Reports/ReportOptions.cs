namespace IrisStack.Policies.Reports;

/// <summary>What a report says beyond the results: where findings point and where the pack is documented.</summary>
/// <param name="StackFile">
/// Repository-relative path of the stack file the findings come from (SARIF's physical location);
/// <c>Pulumi.&lt;stack&gt;.yaml</c> when null.
/// </param>
/// <param name="InformationUri">
/// Absolute URL of the pack's documentation, docs/policies.md (SARIF's <c>informationUri</c>; each
/// rule's <c>helpUri</c> is its anchor there); left out when null.
/// </param>
public sealed record ReportOptions(string? StackFile = null, string? InformationUri = null)
{
    /// <summary>No options: defaults everywhere.</summary>
    public static ReportOptions Default { get; } = new();

    /// <summary>
    /// The 1-based line of a config key in the stack file (or of the section it would go in), null
    /// when the file does not hold it; SARIF results point there. Unset, results point at line 1.
    /// </summary>
    public Func<string, int?> LineOfSetting { get; init; } = _ => null;
}
