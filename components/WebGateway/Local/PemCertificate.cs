namespace IrisStack.Components.WebGateway.Local;

/// <summary>A certificate and its private key in PEM form.</summary>
/// <param name="CertificatePem">The certificate (BEGIN CERTIFICATE).</param>
/// <param name="PrivateKeyPem">The PKCS#8 private key (BEGIN PRIVATE KEY).</param>
public sealed record PemCertificate(string CertificatePem, string PrivateKeyPem);
