using System.Collections.Immutable;

namespace IrisStack.Components.Edge.Alb;

/// <summary>
/// The ELB security policies the ALB's listener may use: those of the Elastic Load Balancing
/// user guide's security policy table whose lowest protocol is TLS 1.2. A list, not a pattern, so
/// a name that only looks like one is refused.
/// </summary>
public static class AlbSslPolicies
{
    /// <summary>The default: TLS 1.3 and 1.2 with forward-secret ciphers (AWS's recommended policy).</summary>
    public const string Default = "ELBSecurityPolicy-TLS13-1-2-2021-06";

    /// <summary>The accepted policies.</summary>
    public static readonly ImmutableArray<string> Tls12OrNewer =
    [
        Default,
        "ELBSecurityPolicy-TLS13-1-2-Res-2021-06",
        "ELBSecurityPolicy-TLS13-1-2-Ext1-2021-06",
        "ELBSecurityPolicy-TLS13-1-2-Ext2-2021-06",
        "ELBSecurityPolicy-TLS13-1-3-2021-06",
        "ELBSecurityPolicy-TLS-1-2-2017-01",
        "ELBSecurityPolicy-TLS-1-2-Ext-2018-06",
        "ELBSecurityPolicy-FS-1-2-2019-08",
        "ELBSecurityPolicy-FS-1-2-Res-2019-08",
        "ELBSecurityPolicy-FS-1-2-Res-2020-10",
    ];
}
