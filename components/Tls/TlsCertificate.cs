using IrisStack.Components.Graph;

namespace IrisStack.Components.Tls;

/// <summary>A certificate and its private key as graph values (tls provider outputs).</summary>
/// <param name="CertPem">The certificate (PEM).</param>
/// <param name="PrivateKeyPem">The private key (PEM): a secret output; wrap it in a <see cref="SecretValue"/> wherever it leaves the tls resources.</param>
public sealed record TlsCertificate(Value CertPem, Value PrivateKeyPem);
