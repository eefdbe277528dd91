namespace IrisStack.Policies.Reports;

/// <summary>The forms a policy report can take.</summary>
public enum ReportFormat
{
    /// <summary>Human text, grouped as <c>pulumi preview</c> prints CrossGuard results.</summary>
    Text,

    /// <summary>The JSON object also found in <c>plan.json</c>'s <c>policies</c> section.</summary>
    Json,

    /// <summary>SARIF 2.1.0, for GitHub code scanning and other SARIF viewers.</summary>
    Sarif,

    /// <summary>JUnit XML, for CI test report views.</summary>
    Junit,
}
