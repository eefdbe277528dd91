using Pulumi;

namespace IrisStack.Pulumi;

/// <summary>One accepted policy finding, with the reason a reviewer reads.</summary>
public sealed class SuppressionArgs : ResourceArgs
{
    /// <summary>The policy id (see <c>irisstack policies</c>).</summary>
    [Input("policy", required: true)]
    public string Policy { get; set; } = null!;

    /// <summary>A logical name or URN; * suppresses the policy for every resource of the component.</summary>
    [Input("resource")]
    public string? Resource { get; set; }

    /// <summary>Why the finding is accepted; required.</summary>
    [Input("reason", required: true)]
    public string Reason { get; set; } = null!;
}
