using System.Collections.Immutable;
using IrisStack.Components.Graph;
using IrisStack.Components.Kubernetes;
using IrisStack.Components.Tls;
using IrisStack.Components.WebGateway;

namespace IrisStack.Components.Data.Pki;

/// <summary>
/// The IRIS cluster's PKI: a private CA (unless the stack's is given) and one certificate per
/// purpose, each in an Opaque Secret with <c>tls.crt</c>, <c>tls.key</c> and <c>ca.pem</c> (the keys
/// InterSystems' IKO demo creates) in the IRIS namespace. The superserver/ECP certificate is also
/// what the Web Gateway meets when it connects to IRIS; it verifies it against the CA.
/// </summary>
public static class IrisPki
{
    /// <summary>Extended key usages of an endpoint that both accepts and opens connections.</summary>
    public static IReadOnlyList<string> ClientAndServer { get; } = ["server_auth", "client_auth"];

    private const int MaxCommonNameLength = 64;

    /// <summary>
    /// Adds the CA (when <paramref name="ca"/> is null), the superserver/ECP certificate, the mirror
    /// certificate of a mirrored cluster, and their Secrets, all parented to <paramref name="parent"/>
    /// and named by <paramref name="scope"/>.
    /// </summary>
    public static IrisPkiOutputs Add(
        GraphBuilder graph,
        ComponentScope scope,
        PkiConfig config,
        IrisClusterNames names,
        string parent,
        PkiSecretPlacement placement,
        CertificateAuthority? ca = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(names);
        ArgumentNullException.ThrowIfNull(placement);
        if (ca is null)
        {
            var own = TlsCertificates.SelfSignedCa(graph, scope, "tls-ca", config.KeyAlgorithm,
                CaSubject(names, config), config.Ca, parent);
            ca = new CertificateAuthority(own.CertPem, own.PrivateKeyPem);
        }

        var authority = ca;
        List<string> secretNodes = [];
        var issued = ImmutableSortedDictionary.CreateBuilder<string, TlsLeafRequest>(StringComparer.Ordinal);
        string Secret(string purpose, IReadOnlyList<string> dnsNames)
        {
            var request = new TlsLeafRequest(
                new TlsSubject(CommonName(names, dnsNames), config.Organization),
                [.. dnsNames],
                [.. TlsCertificates.EndpointKeyUses(config.KeyAlgorithm), .. ClientAndServer],
                config.KeyAlgorithm,
                config.Leaf);
            var secretName = $"{names.ClusterName}-tls-{purpose}";
            issued[secretName] = request;
            var cert = TlsCertificates.Issue(graph, scope, $"tls-{purpose}", authority.CertPem, authority.PrivateKeyPem, request, parent);
            var secret = KubernetesObjects.Add(
                graph, scope.Child($"tls-{purpose}-secret"), "v1", "Secret",
                KubernetesObjects.Metadata(secretName, names.Namespace, placement.Labels),
                MapValue.Of(
                    ("type", "Opaque"),
                    ("stringData", MapValue.Of(
                        ("tls.crt", cert.CertPem),
                        ("tls.key", new SecretValue(cert.PrivateKeyPem)),
                        ("ca.pem", authority.CertPem)))),
                parent, placement.Provider, placement.DependsOn);
            secretNodes.Add(secret.Name);
            return secretName;
        }

        // ECP application servers are clients of the data server, and %MirrorClient/%MirrorServer
        // must share one certificate: both purposes need client and server authentication.
        var superserver = Secret("superserver", PkiHostNames.Superserver(names));
        var mirror = names.Mirrored ? Secret("mirror", PkiHostNames.Mirror(names)) : null;
        return new IrisPkiOutputs(authority, superserver, mirror, [.. secretNodes]) { Certificates = issued.ToImmutable() };
    }

    /// <summary>The subject of the CA this PKI makes when it is given none.</summary>
    public static TlsSubject CaSubject(IrisClusterNames names, PkiConfig config)
    {
        ArgumentNullException.ThrowIfNull(names);
        ArgumentNullException.ThrowIfNull(config);
        return new TlsSubject($"{names.ClusterName} IRIS CA", config.Organization);
    }

    // A subject's CN holds at most 64 characters (X.520); verifiers match the SANs anyway, so the
    // first name that fits is enough: the fully qualified one, else a short <pod>.iris-svc form.
    private static string CommonName(IrisClusterNames names, IReadOnlyList<string> dnsNames) =>
        dnsNames.FirstOrDefault(n => n.Length <= MaxCommonNameLength) ?? names.ClusterName[..Math.Min(names.ClusterName.Length, MaxCommonNameLength)];
}
