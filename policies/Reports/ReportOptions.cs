namespace IrisStack.Policies.Reports;

/// <summary>What a report says beyond the results: where findings point and where the pack is documented.</summary>
/// <param name="StackFile">
/// Repository-relative path of the stack file the findings come from (SARIF's physical location);
/// <c>Pulumi.&lt;stack&gt;.yaml</c> when null.
/// </param>
/// <param name="InformationUri">Absolute URL of the pack's documentation (SARIF's <c>informationUri</c>); left out when null.</param>
public sealed record ReportOptions(string? StackFile = null, string? InformationUri = null)
{
    /// <summary>No options: defaults everywhere.</summary>
    public static ReportOptions Default { get; } = new();
}
