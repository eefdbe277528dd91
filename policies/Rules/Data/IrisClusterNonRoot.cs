using System.Collections.Immutable;
using IrisStack.Components.Graph;

namespace IrisStack.Policies.Rules.Data;

/// <summary>Every node type of the IrisCluster runs its pods as non-root: podTemplate.spec.securityContext runAsNonRoot true and a high runAsUser.</summary>
public sealed class IrisClusterNonRoot : ResourcePolicy
{
    /// <inheritdoc />
    public override string Id => "iris-cluster-non-root";

    /// <inheritdoc />
    public override string Description => $"Every node type of the IrisCluster (data, compute, arbiter) sets podTemplate.spec.securityContext runAsNonRoot: true and runAsUser {MinimumUid} or higher (irisowner is 51773), so its pods cannot start as root or as a host user.";

    /// <inheritdoc />
    public override string Rationale => "IRIS images run as irisowner (UID 51773), but nothing stops an image or an override from running as root unless the pod says so; the operator renders the pods after deployment, so the IrisCluster's pod template is the only place a preview can see it.";

    /// <inheritdoc />
    public override string Layer => "data";

    // Checkov's RootContainersHighUID threshold.
    private const int MinimumUid = 10000;

    private const string OnlyIrisCluster = "only the pods IKO renders from an IrisCluster's pod templates (pod-level securityContext); built-in workloads are left to the peer";

    /// <inheritdoc />
    public override ImmutableArray<string> PeerIds => ["CKV_K8S_23", "CKV_K8S_40", "C-0013"];

    /// <inheritdoc />
    public override ImmutableDictionary<string, string> PartialPeers => PeerIds.ToImmutableDictionary(p => p, _ => OnlyIrisCluster);

    /// <inheritdoc />
    public override ImmutableHashSet<string> ResourceTypes => [IrisClusterResources.Type];

    /// <inheritdoc />
    protected override IEnumerable<Finding> Check(ResourceNode node, PolicyContext context)
    {
        const string Fix = "Set iris-stack:data.cluster.podSecurityContext: true, which sets runAsNonRoot: true and runAsUser/runAsGroup/fsGroup 51773 in every pod template.";
        foreach (var (type, definition) in IrisClusterResources.Nodes(node))
        {
            var securityContext = (definition["podTemplate"] as MapValue)?["spec"] is MapValue spec ? spec["securityContext"] as MapValue : null;
            var path = PropertyPath.Of("spec", "topology", type, "podTemplate", "spec", "securityContext");
            if (securityContext?["runAsNonRoot"] is not BoolValue { Value: true })
            {
                yield return Violation(node, path + ".runAsNonRoot", $"The {type} pods do not set runAsNonRoot: true.", Fix);
            }

            if (securityContext?["runAsUser"] is not NumberValue { Value: >= MinimumUid })
            {
                yield return Violation(node, path + ".runAsUser", securityContext?["runAsUser"] is NumberValue { Value: var uid }
                    ? $"The {type} pods run as UID {uid}, below {MinimumUid}."
                    : $"The {type} pods do not set runAsUser, so the image decides.", Fix);
            }
        }
    }
}
