namespace IrisStack.Components.Data.Iko;

/// <summary>The chart from an OCI registry (<c>oci://registry/path/iris-operator</c>), pinned to a chart version.</summary>
/// <param name="Reference">The <c>oci://</c> reference, without a tag.</param>
/// <param name="ChartVersion">The exact chart version Helm pulls.</param>
public sealed record OciOperatorChart(string Reference, string ChartVersion) : OperatorChart
{
    /// <inheritdoc />
    public override string Chart => Reference;

    /// <inheritdoc />
    public override string? Version => ChartVersion;
}
