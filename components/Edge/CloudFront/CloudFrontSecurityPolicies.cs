using System.Collections.Immutable;

namespace IrisStack.Components.Edge.CloudFront;

/// <summary>
/// CloudFront's viewer security policies (<c>minimumProtocolVersion</c>): those with TLS 1.2 or
/// newer and modern ciphers that the stack accepts, and the older ones it refuses by name.
/// </summary>
public static class CloudFrontSecurityPolicies
{
    /// <summary>The default: TLS 1.2 with only the 2021 cipher set.</summary>
    public const string Default = "TLSv1.2_2021";

    /// <summary>The policies accepted, oldest first (CloudFront developer guide, supported protocols and ciphers between viewers and CloudFront).</summary>
    public static readonly ImmutableArray<string> Accepted = [Default, "TLSv1.2_2025", "TLSv1.3_2025"];

    /// <summary>Policies CloudFront offers that allow SSLv3, TLS 1.0, TLS 1.1 or weak TLS 1.2 ciphers.</summary>
    public static readonly ImmutableArray<string> Refused = ["SSLv3", "TLSv1", "TLSv1_2016", "TLSv1.1_2016", "TLSv1.2_2018", "TLSv1.2_2019"];
}
