using IrisStack.Components.Graph;

namespace IrisStack.Components.ApiGateway;

/// <summary>The Web Gateway's Service as Kong's upstream: reached over HTTPS and verified against the Web Gateway's CA.</summary>
/// <param name="Host">The Service's DNS name.</param>
/// <param name="Port">The Service's HTTPS port.</param>
/// <param name="CaCertificatePem">The CA that signed the Web Gateway's certificate, in PEM (usually a tls provider output); mounted as the file kong.conf names as nginx's upstream trust store.</param>
public sealed record KongUpstream(string Host, int Port, Value CaCertificatePem);
