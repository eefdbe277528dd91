using IrisStack.Components.Collections;
using IrisStack.Components.Data.Backups;
using IrisStack.Components.Graph;
using IrisStack.Components.WebGateway;

namespace IrisStack.Components.Data;

/// <summary>What the other layers use of the data layer.</summary>
/// <param name="Names">The pods and hosts IKO creates: the Web Gateway's servers are the compute hosts.</param>
/// <param name="Authority">The CA of IRIS's certificates, which the Web Gateway verifies IRIS against.</param>
/// <param name="IrisCluster">The IrisCluster node.</param>
/// <param name="Artifacts">The merge files (password hashes masked) and the PKI's public parts, as <c>render</c> writes them.</param>
/// <param name="Backups">The vault, plan, export bucket and the ServiceAccount the IRIS pods write exports as.</param>
public sealed record DataOutputs(IrisClusterNames Names, CertificateAuthority Authority, NodeRef IrisCluster, EquatableArray<Artifact> Artifacts, BackupsOutputs Backups)
{
    /// <summary>The CA certificate (PEM), the Web Gateway's <c>ca.pem</c>.</summary>
    public Value CaCertPem => Authority.CertPem;
}
