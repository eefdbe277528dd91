namespace IrisStack.Cli.Gateway;

/// <summary>A certificate and its private key in PEM form.</summary>
/// <param name="CertificatePem">The certificate (BEGIN CERTIFICATE).</param>
/// <param name="PrivateKeyPem">The private key, PKCS#8 in PEM form.</param>
public sealed record PemCertificate(string CertificatePem, string PrivateKeyPem);
