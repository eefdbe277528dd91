using System.Text.RegularExpressions;

namespace IrisStack.Components.Cluster;

/// <summary>
/// Which ELB security policies are acceptable: only the families whose minimum protocol is TLS 1.2
/// (<c>ELBSecurityPolicy-TLS13-1-2-*</c>, <c>-TLS13-1-3-*</c>, <c>-TLS-1-2-*</c>, <c>-FS-1-2-*</c>). The load
/// balancer controller's default, <c>ELBSecurityPolicy-2016-08</c>, still accepts TLS 1.0.
/// </summary>
public static partial class ElbSecurityPolicies
{
    /// <summary>The policy IrisStack uses by default: TLS 1.3 and 1.2 with forward-secret ciphers.</summary>
    public const string Recommended = "ELBSecurityPolicy-TLS13-1-2-2021-06";

    /// <summary>The controller's insecure default, named so messages can point at it.</summary>
    public const string ControllerDefault = "ELBSecurityPolicy-2016-08";

    /// <summary>Whether the policy allows nothing older than TLS 1.2.</summary>
    public static bool IsTls12OrNewer(string policy) => Tls12Family().IsMatch(policy);

    [GeneratedRegex(@"^ELBSecurityPolicy-(TLS13-1-[23]|TLS-1-2|FS-1-2)-[A-Za-z0-9-]+$")]
    private static partial Regex Tls12Family();
}
