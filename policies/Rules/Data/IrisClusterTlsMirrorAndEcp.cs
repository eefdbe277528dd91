using System.Collections.Immutable;
using IrisStack.Components.Graph;

namespace IrisStack.Policies.Rules.Data;

/// <summary>
/// The IrisCluster gives mirroring and ECP a certificate: a mirrored cluster names a Secret under
/// <c>spec.tls.mirror</c> or <c>spec.tls.common</c>, and one with compute (ECP) nodes under
/// <c>spec.tls.common</c> (IKO's confirmed keys; <c>common</c> turns on every TLS feature).
/// </summary>
public sealed class IrisClusterTlsMirrorAndEcp : ResourcePolicy
{
    /// <inheritdoc />
    public override string Id => "iris-cluster-tls-mirror-ecp";

    /// <inheritdoc />
    public override string Description => "A mirrored IrisCluster names a TLS Secret in spec.tls.mirror or spec.tls.common, and one with compute (ECP) nodes in spec.tls.common, so IKO sets up TLS for mirroring and ECP; that IRIS then requires it is the merge files' part.";

    /// <inheritdoc />
    public override string Rationale => "Mirroring ships journal data and ECP ships every global an application server reads or writes; without certificates IKO configures neither for TLS and both cross zones in clear (iris.md §1.2, §2.7).";

    /// <inheritdoc />
    public override string Layer => "data";

    // No rule set reads IrisCluster TLS (policy-anchors G7).
    /// <inheritdoc />
    public override ImmutableArray<string> PeerIds => [];

    /// <inheritdoc />
    public override ImmutableHashSet<string> ResourceTypes => [IrisClusterResources.Type];

    /// <inheritdoc />
    protected override IEnumerable<Finding> Check(ResourceNode node, PolicyContext context)
    {
        const string Fix = "Keep the data layer's PKI: it fills spec.tls.common (and spec.tls.mirror when mirrored) with Secrets holding tls.crt, tls.key and ca.pem.";
        var common = HasSecret(node, "common");
        if (IrisClusterResources.Mirrored(node) && !common && !HasSecret(node, "mirror"))
        {
            yield return Violation(node, "spec.tls.mirror", "The data tier is mirrored, but spec.tls names no certificate for mirroring (mirror or common).", Fix);
        }

        if (node.Input("spec.topology.compute") is MapValue && !common)
        {
            yield return Violation(node, "spec.tls.common", "The cluster has compute (ECP) nodes, but spec.tls.common names no certificate, so ECP runs without TLS.", Fix);
        }
    }

    // A volume source naming a Secret: secret.secretName set, or a CSI driver (e.g. the secrets store).
    private static bool HasSecret(ResourceNode node, string feature) =>
        node.Input($"spec.tls.{feature}") is MapValue source &&
        ((source["secret"] as MapValue)?["secretName"] is StringValue { Value.Length: > 0 } || source["csi"] is MapValue);
}
