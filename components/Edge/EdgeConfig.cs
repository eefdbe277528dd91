using IrisStack.Components.Config;
using IrisStack.Components.Edge.CloudFront;
using IrisStack.Components.Edge.Waf;

namespace IrisStack.Components.Edge;

/// <summary>The edge layer's settings (<c>iris-stack:edge</c>), validated: the WAF and the CloudFront distribution it filters for.</summary>
/// <param name="Waf">The web ACL's rules and logging (<c>iris-stack:edge.waf</c>).</param>
/// <param name="CloudFront">The distribution (<c>iris-stack:edge.cloudFront</c>), or null while the stack sets none.</param>
public sealed record EdgeConfig(WafConfig Waf, CloudFrontConfig? CloudFront = null)
{
    /// <summary>
    /// Reads and validates the section, and checks that <paramref name="allowedPaths"/> (the Web
    /// Gateway's, read from <paramref name="allowedPathsKey"/>) can become the WAF's URI allow-list;
    /// problems are collected on the section's reader under that key.
    /// </summary>
    public static EdgeConfig Read(ConfigSection section, IReadOnlyList<string> allowedPaths, string allowedPathsKey)
    {
        ArgumentNullException.ThrowIfNull(section);
        var waf = WafConfig.Read(section.Section("waf", "The WAF in front of CloudFront: IP block list, rate limit, geo rule, managed rule groups, logging"));
        var hasCloudFront = section.Has("cloudFront");
        var cloudFrontSection = section.Section("cloudFront", "The CloudFront distribution: aliases and their certificate, static and API paths, price class, static S3 origin, logging, viewer TLS and security headers");
        var cloudFront = hasCloudFront ? CloudFrontConfig.Read(cloudFrontSection, allowedPaths) : null;
        foreach (var problem in UriAllowListPatterns.Problems(allowedPaths))
        {
            section.Reader.Error(allowedPathsKey, problem, "list plain application paths such as /app/ or /csp/broker/cspbroker.js; the WAF and the Web Gateway admit the same paths.");
        }

        section.RejectUnknownKeys();
        return new EdgeConfig(waf, cloudFront);
    }
}
