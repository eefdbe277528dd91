using IrisStack.Components.Graph;

namespace IrisStack.Components.WebGateway;

/// <summary>
/// A private CA: the one that signs the Web Gateway's certificate, or the data layer's, which
/// IRIS's certificates chain to (the gateway verifies IRIS with it, as ca.pem).
/// </summary>
/// <param name="CertPem">The CA certificate (PEM), usually a reference to a tls provider output.</param>
/// <param name="PrivateKeyPem">The CA private key (PEM), a secret output.</param>
public sealed record CertificateAuthority(Value CertPem, Value PrivateKeyPem);
