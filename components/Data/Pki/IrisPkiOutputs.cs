using System.Collections.Immutable;
using IrisStack.Components.Graph;
using IrisStack.Components.Tls;
using IrisStack.Components.WebGateway;

namespace IrisStack.Components.Data.Pki;

/// <summary>What the IRIS PKI gives the data layer and the Web Gateway.</summary>
/// <param name="Authority">The CA that signed the certificates (given or made here): hand it to the Web Gateway layer so its certificate chains to the same CA.</param>
/// <param name="SuperserverSecretName">The Secret (tls.crt, tls.key, ca.pem) of the superserver/ECP certificate.</param>
/// <param name="MirrorSecretName">The Secret of the mirror certificate; null for an unmirrored cluster.</param>
/// <param name="SecretNodes">The Secrets' node names, for the IrisCluster's dependsOn.</param>
public sealed record IrisPkiOutputs(
    CertificateAuthority Authority,
    string SuperserverSecretName,
    string? MirrorSecretName,
    ImmutableArray<string> SecretNodes)
{
    /// <summary>What each certificate is issued for (subject, SANs, uses, key, validity), by the Secret that holds it: the PKI's public parts, known before deployment.</summary>
    public ImmutableSortedDictionary<string, TlsLeafRequest> Certificates { get; init; } = ImmutableSortedDictionary<string, TlsLeafRequest>.Empty;

    /// <summary>
    /// The CA certificate (PEM) that IRIS's certificates chain to: the Web Gateway verifies the
    /// superserver with it (its CSP.ini <c>SSLCC_CA_Certificate_File</c> names ca.pem).
    /// </summary>
    public Value CaCertPem => Authority.CertPem;

    /// <summary>
    /// The IrisCluster <c>spec.tls</c> entries, key → Secret name: <c>common</c> (the superserver/ECP
    /// certificate, so every feature IKO turns on has one) and, when mirrored, <c>mirror</c>; with
    /// <paramref name="includeUnconfirmed"/> also <c>ecp</c> and <c>superserver</c>, which no source confirms.
    /// </summary>
    public ImmutableSortedDictionary<string, string> TlsSecrets(bool includeUnconfirmed)
    {
        var entries = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        entries[IkoTlsKeys.Common] = SuperserverSecretName;
        if (MirrorSecretName is { } mirror)
        {
            entries[IkoTlsKeys.Mirror] = mirror;
        }

        if (includeUnconfirmed)
        {
            foreach (var key in IkoTlsKeys.Unconfirmed)
            {
                entries[key] = SuperserverSecretName;
            }
        }

        return entries.ToImmutable();
    }
}
