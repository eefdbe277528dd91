namespace IrisStack.Components.Data.Iko;

/// <summary>
/// The chart as a local archive (<c>iris-operator-3.6.7.tgz</c>, packaged from the WRC kit's
/// <c>chart/iris-operator</c>): the file is the version, so nothing can move under it.
/// </summary>
/// <param name="Path">The archive's path, relative to where Pulumi runs or absolute.</param>
public sealed record ArchiveOperatorChart(string Path) : OperatorChart
{
    /// <inheritdoc />
    public override string Chart => Path;

    /// <inheritdoc />
    public override string? Version => null;
}
