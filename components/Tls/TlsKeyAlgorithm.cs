namespace IrisStack.Components.Tls;

/// <summary>
/// The key types the stack generates (tls provider <c>PrivateKey</c>: <c>algorithm</c> ECDSA with
/// <c>ecdsaCurve</c>, or RSA with <c>rsaBits</c>). Only curves and sizes current guidance accepts;
/// the provider's own defaults (P224, RSA 2048) are not offered.
/// </summary>
public enum TlsKeyAlgorithm
{
    /// <summary>ECDSA on NIST P-256: small, fast, supported by every TLS 1.2 and 1.3 stack.</summary>
    EcdsaP256,

    /// <summary>ECDSA on NIST P-384 (CNSA-level strength).</summary>
    EcdsaP384,

    /// <summary>RSA 3072 bits, for peers that cannot use ECDSA.</summary>
    Rsa3072,

    /// <summary>RSA 4096 bits.</summary>
    Rsa4096,
}
