using IrisStack.Components.Graph;

namespace IrisStack.Components.Tls;

/// <summary>
/// Adds the tls provider resources of a private CA and of the certificates it issues, named
/// <c>{component}-{prefix}-key</c>, <c>-csr</c> and <c>-cert</c>. Private keys stay provider outputs
/// (the provider marks them secret); callers put them only into Secrets, as <see cref="SecretValue"/>.
/// </summary>
public static class TlsCertificates
{
    /// <summary>The type token of the tls provider's private key.</summary>
    public const string PrivateKeyType = "tls:index/privateKey:PrivateKey";

    /// <summary>The type token of a self-signed certificate (the CA).</summary>
    public const string SelfSignedCertType = "tls:index/selfSignedCert:SelfSignedCert";

    /// <summary>The type token of a certificate signing request.</summary>
    public const string CertRequestType = "tls:index/certRequest:CertRequest";

    /// <summary>The type token of a certificate signed by a CA of the stack.</summary>
    public const string LocallySignedCertType = "tls:index/locallySignedCert:LocallySignedCert";

    /// <summary>A CA's key usages: it signs certificates and revocation lists, nothing else.</summary>
    public static IReadOnlyList<string> CaUses { get; } = ["cert_signing", "crl_signing"];

    /// <summary>The provider inputs of a key of <paramref name="algorithm"/>.</summary>
    public static MapValue KeyInputs(TlsKeyAlgorithm algorithm) => algorithm switch
    {
        TlsKeyAlgorithm.EcdsaP256 => MapValue.Of(("algorithm", "ECDSA"), ("ecdsaCurve", "P256")),
        TlsKeyAlgorithm.EcdsaP384 => MapValue.Of(("algorithm", "ECDSA"), ("ecdsaCurve", "P384")),
        TlsKeyAlgorithm.Rsa3072 => MapValue.Of(("algorithm", "RSA"), ("rsaBits", 3072)),
        TlsKeyAlgorithm.Rsa4096 => MapValue.Of(("algorithm", "RSA"), ("rsaBits", 4096)),
        _ => throw new ArgumentOutOfRangeException(nameof(algorithm), algorithm, "Unknown key algorithm."),
    };

    /// <summary>
    /// The key usages a TLS endpoint's key needs: a signature for the handshake, and for RSA also key
    /// encipherment, which TLS 1.2 RSA key exchange checks (an ECDSA key never enciphers keys).
    /// </summary>
    public static IReadOnlyList<string> EndpointKeyUses(TlsKeyAlgorithm algorithm) => algorithm switch
    {
        TlsKeyAlgorithm.EcdsaP256 or TlsKeyAlgorithm.EcdsaP384 => ["digital_signature"],
        TlsKeyAlgorithm.Rsa3072 or TlsKeyAlgorithm.Rsa4096 => ["digital_signature", "key_encipherment"],
        _ => throw new ArgumentOutOfRangeException(nameof(algorithm), algorithm, "Unknown key algorithm."),
    };

    /// <summary>A self-signed CA: key <c>{prefix}-key</c> and certificate <c>{prefix}-cert</c>.</summary>
    public static TlsCertificate SelfSignedCa(GraphBuilder graph, ComponentScope scope, string prefix, TlsKeyAlgorithm algorithm, TlsSubject subject, TlsValidity validity, string parent)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(validity);
        var key = graph.Resource(PrivateKeyType, scope.Child($"{prefix}-key"), KeyInputs(algorithm), parent);
        var cert = graph.Resource(SelfSignedCertType, scope.Child($"{prefix}-cert"), MapValue.Of(
            ("privateKeyPem", key.Output("privateKeyPem")),
            ("isCaCertificate", true),
            ("validityPeriodHours", validity.ValidityHours),
            ("earlyRenewalHours", validity.EarlyRenewalHours),
            ("allowedUses", ListValue.Of(CaUses.Select(u => (Value)u))),
            ("subject", subject.ToInput())), parent);
        return new TlsCertificate(cert.Output("certPem"), key.Output("privateKeyPem"));
    }

    /// <summary>
    /// A certificate the CA (<paramref name="caCertPem"/>, <paramref name="caPrivateKeyPem"/>) issues:
    /// key <c>{prefix}-key</c>, request <c>{prefix}-csr</c>, certificate <c>{prefix}-cert</c>.
    /// </summary>
    public static TlsCertificate Issue(GraphBuilder graph, ComponentScope scope, string prefix, Value caCertPem, Value caPrivateKeyPem, TlsLeafRequest request, string parent)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(request);
        var key = graph.Resource(PrivateKeyType, scope.Child($"{prefix}-key"), KeyInputs(request.Algorithm), parent);
        var csr = graph.Resource(CertRequestType, scope.Child($"{prefix}-csr"), MapValue.Of(
            ("privateKeyPem", key.Output("privateKeyPem")),
            ("subject", request.Subject.ToInput()),
            ("dnsNames", ListValue.Of(request.DnsNames.Select(n => (Value)n)))), parent);
        var cert = graph.Resource(LocallySignedCertType, scope.Child($"{prefix}-cert"), MapValue.Of(
            ("certRequestPem", csr.Output("certRequestPem")),
            ("caCertPem", caCertPem),
            ("caPrivateKeyPem", caPrivateKeyPem),
            ("validityPeriodHours", request.Validity.ValidityHours),
            ("earlyRenewalHours", request.Validity.EarlyRenewalHours),
            ("allowedUses", ListValue.Of(request.AllowedUses.Select(u => (Value)u)))), parent);
        return new TlsCertificate(cert.Output("certPem"), key.Output("privateKeyPem"));
    }
}
