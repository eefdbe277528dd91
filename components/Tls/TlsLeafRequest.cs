using IrisStack.Components.Collections;

namespace IrisStack.Components.Tls;

/// <summary>What a certificate issued by a CA is for: subject, SANs, key usages, key type and validity.</summary>
/// <param name="Subject">The subject.</param>
/// <param name="DnsNames">The DNS subject alternative names.</param>
/// <param name="AllowedUses">Key usages and extended key usages (tls provider values such as <c>server_auth</c>).</param>
/// <param name="Algorithm">The key type.</param>
/// <param name="Validity">Validity and early renewal.</param>
public sealed record TlsLeafRequest(
    TlsSubject Subject,
    EquatableArray<string> DnsNames,
    EquatableArray<string> AllowedUses,
    TlsKeyAlgorithm Algorithm,
    TlsValidity Validity);
