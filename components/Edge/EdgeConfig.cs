using IrisStack.Components.Config;
using IrisStack.Components.Edge.Alb;
using IrisStack.Components.Edge.CloudFront;
using IrisStack.Components.Edge.Waf;

namespace IrisStack.Components.Edge;

/// <summary>The edge layer's settings (<c>iris-stack:edge</c>), validated: the WAF, the CloudFront distribution it filters for, and the internal ALB behind it.</summary>
/// <param name="Waf">The web ACL's rules and logging (<c>iris-stack:edge.waf</c>).</param>
/// <param name="CloudFront">The distribution (<c>iris-stack:edge.cloudFront</c>); null, with <paramref name="Alb"/>, when the stack sets neither (the WAF alone).</param>
/// <param name="Alb">The internal ALB CloudFront reaches through a VPC origin (<c>iris-stack:edge.alb</c>); set exactly when <paramref name="CloudFront"/> is.</param>
public sealed record EdgeConfig(WafConfig Waf, CloudFrontConfig? CloudFront = null, AlbConfig? Alb = null)
{
    /// <summary>
    /// Reads and validates the section, and checks that <paramref name="allowedPaths"/> (the Web
    /// Gateway's, read from <paramref name="allowedPathsKey"/>) can become the WAF's URI allow-list;
    /// problems are collected on the section's reader under that key.
    /// </summary>
    /// <param name="section">The <c>edge</c> section.</param>
    /// <param name="allowedPaths">The Web Gateway's allowed paths.</param>
    /// <param name="allowedPathsKey">The key they were read from.</param>
    /// <param name="region">The stack's region, where the ALB and its certificate live.</param>
    /// <param name="protectStatefulResources">The stack's <c>protectStatefulResources</c>, the default of the ALB's deletion protection.</param>
    public static EdgeConfig Read(ConfigSection section, IReadOnlyList<string> allowedPaths, string allowedPathsKey, string region, bool protectStatefulResources)
    {
        ArgumentNullException.ThrowIfNull(section);
        var waf = WafConfig.Read(section.Section("waf", "The WAF in front of CloudFront: IP block list, rate limit, geo rule, managed rule groups, logging"));
        foreach (var problem in UriAllowListPatterns.Problems(allowedPaths))
        {
            section.Reader.Error(allowedPathsKey, problem, "list plain application paths such as /app/ or /csp/broker/cspbroker.js; the WAF and the Web Gateway admit the same paths.");
        }

        var hasCloudFront = section.Has("cloudFront");
        var cloudFrontSection = section.Section("cloudFront", "The CloudFront distribution: aliases and their certificate, static and API paths, price class, static S3 origin, logging, viewer TLS and security headers");
        var cloudFront = hasCloudFront ? CloudFrontConfig.Read(cloudFrontSection, allowedPaths) : null;
        var hasAlb = section.Has("alb");
        var albSection = section.Section("alb", "The internal ALB behind CloudFront's VPC origin: certificate, TLS policy, deletion protection, access logs, health check");
        var alb = hasAlb ? AlbConfig.Read(albSection, region, protectStatefulResources) : null;
        // The distribution's origin is the ALB, and the internal ALB is reached only through the distribution.
        if (hasCloudFront != hasAlb)
        {
            section.Error(hasCloudFront ? "alb" : "cloudFront", $"is not set, but {(hasCloudFront ? "cloudFront" : "alb")} is: CloudFront's origin is the internal ALB, which nothing else can reach.",
                "set both (the distribution and the ALB behind it), or neither for the WAF alone.");
        }

        section.RejectUnknownKeys();
        return new EdgeConfig(waf, cloudFront, alb);
    }
}
