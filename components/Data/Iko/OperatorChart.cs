namespace IrisStack.Components.Data.Iko;

/// <summary>
/// Where the IKO Helm chart comes from: an OCI reference with a pinned version, or a chart archive
/// from the WRC kit. Exactly one, so the two are types rather than flags.
/// </summary>
public abstract record OperatorChart
{
    private protected OperatorChart()
    {
    }

    /// <summary>The Helm Release's <c>chart</c> input.</summary>
    public abstract string Chart { get; }

    /// <summary>The Helm Release's <c>version</c> input; null for an archive, whose content is its version.</summary>
    public abstract string? Version { get; }
}
