using System.Text.RegularExpressions;

namespace IrisStack.Components.Kubernetes;

/// <summary>Kubernetes name rules that settings naming objects are checked against.</summary>
public static partial class KubernetesNames
{
    /// <summary>Whether the text is an RFC 1123 DNS label (lower-case, at most 63 characters): the rule for namespaces and most object names.</summary>
    public static bool IsDnsLabel(string text) => DnsLabel().IsMatch(text);

    [GeneratedRegex(@"^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$")]
    private static partial Regex DnsLabel();
}
