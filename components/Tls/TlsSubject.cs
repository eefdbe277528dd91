using IrisStack.Components.Graph;

namespace IrisStack.Components.Tls;

/// <summary>A certificate subject (tls provider <c>subject</c>: <c>commonName</c>, <c>organization</c>).</summary>
/// <param name="CommonName">The CN.</param>
/// <param name="Organization">The O, or null to leave it out.</param>
public sealed record TlsSubject(string CommonName, string? Organization = null)
{
    /// <summary>The provider input.</summary>
    public MapValue ToInput() => MapValue.Of(("commonName", CommonName), ("organization", Organization is null ? null : (Value)Organization));
}
