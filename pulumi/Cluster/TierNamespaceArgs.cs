using Pulumi;

namespace IrisStack.Pulumi;

/// <summary>One tier namespace: its name and the Pod Security level it enforces.</summary>
public sealed class TierNamespaceArgs : ResourceArgs
{
    /// <summary>Namespace name, a DNS label.</summary>
    [Input("name")]
    public string? Name { get; set; }

    /// <summary>Pod Security Admission level enforced: restricted or baseline (warn and audit stay restricted).</summary>
    [Input("podSecurity")]
    public string? PodSecurity { get; set; }
}
