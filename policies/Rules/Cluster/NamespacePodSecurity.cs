using System.Collections.Immutable;
using IrisStack.Components.Graph;

namespace IrisStack.Policies.Rules.Cluster;

/// <summary>Namespaces enforce a Pod Security Admission level (restricted or baseline) and warn and audit at restricted.</summary>
public sealed class NamespacePodSecurity : ResourcePolicy
{
    private static readonly string[] Modes = ["enforce", "warn", "audit"];

    /// <inheritdoc />
    public override string Id => "k8s-namespace-pod-security";

    /// <inheritdoc />
    public override string Description => "Every namespace carries Pod Security Admission labels: enforce restricted or baseline (never privileged), warn and audit present.";

    /// <inheritdoc />
    public override string Rationale => "Without the labels the namespace admits privileged pods, host namespaces and hostPath mounts; warn and audit at restricted surface the gaps of baseline namespaces.";

    /// <inheritdoc />
    public override string Layer => "cluster";

    // No rule set checks namespace PSA labels; kubescape and Checkov check the pod fields they control.
    /// <inheritdoc />
    public override ImmutableArray<string> PeerIds => [];

    /// <inheritdoc />
    public override ImmutableHashSet<string> ResourceTypes => [ClusterTypes.Namespace];

    /// <inheritdoc />
    protected override IEnumerable<Finding> Check(ResourceNode node, PolicyContext context)
    {
        foreach (var mode in Modes)
        {
            var key = $"pod-security.kubernetes.io/{mode}";
            var level = (node.Input("metadata.labels") as MapValue)?[key] is StringValue s ? s.Value : null;
            if (level is null)
            {
                yield return Violation(node, PropertyPath.Of("metadata", "labels", key), $"The namespace has no {key} label.", $"Set the label {key} to restricted (or baseline where the workload needs it).");
            }
            else if (level is not ("restricted" or "baseline"))
            {
                yield return Violation(node, PropertyPath.Of("metadata", "labels", key), $"{key} is '{level}'; only restricted or baseline keep privileged pods out.", $"Set {key} to restricted or baseline.");
            }
        }
    }
}
