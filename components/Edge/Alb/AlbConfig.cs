using System.Text.RegularExpressions;
using IrisStack.Components.Config;

namespace IrisStack.Components.Edge.Alb;

/// <summary>
/// The internal ALB's settings (<c>iris-stack:edge.alb</c>), validated, every default applied.
/// </summary>
/// <param name="CertificateArn">The ACM certificate of the HTTPS listener, in the stack's region.</param>
/// <param name="SslPolicy">The listener's ELB security policy (TLS 1.2 or newer, <see cref="AlbSslPolicies"/>).</param>
/// <param name="DeletionProtection">Whether AWS refuses to delete the load balancer.</param>
/// <param name="AccessLogRetentionDays">Days the access log bucket keeps each log file.</param>
/// <param name="IdleTimeoutSeconds">Seconds a connection may stay idle.</param>
/// <param name="HealthCheckPath">The path the target group's health check requests.</param>
/// <param name="HealthCheckMatcher">The HTTP codes that count as healthy (<c>200</c>, <c>200-499</c>, <c>200,302</c>).</param>
/// <param name="OriginFacingPrefixListId">The id, in the stack's region, of the AWS-managed prefix list <c>com.amazonaws.global.cloudfront.origin-facing</c>.</param>
public sealed partial record AlbConfig(
    string CertificateArn,
    string SslPolicy,
    bool DeletionProtection,
    int AccessLogRetentionDays,
    int IdleTimeoutSeconds,
    string HealthCheckPath,
    string HealthCheckMatcher,
    string OriginFacingPrefixListId)
{
    /// <summary>
    /// The default health check: Kong's proxy answers every path, with 404 where no route matches,
    /// so <c>/</c> with 200-499 tells a running proxy (any answer) from a broken one (5xx or none).
    /// </summary>
    public const string DefaultHealthCheckPath = "/";

    /// <summary>The default matcher: every answer but a server error.</summary>
    public const string DefaultHealthCheckMatcher = "200-499";

    /// <summary>Where these settings were read from, so resources built from them name their keys.</summary>
    public SettingsPath Settings { get; init; } = SettingsPath.Stack("edge.alb");

    /// <summary>Reads and validates the section; problems are collected on its reader.</summary>
    /// <param name="section">The <c>edge.alb</c> section.</param>
    /// <param name="region">The stack's region, where the ALB and its certificate live.</param>
    /// <param name="protectStatefulResources">The stack's <c>protectStatefulResources</c>, the default of <c>deletionProtection</c>.</param>
    public static AlbConfig Read(ConfigSection section, string region, bool protectStatefulResources)
    {
        ArgumentNullException.ThrowIfNull(section);
        var certificate = section.RequiredString("certificateArn", $"The ACM certificate of the ALB's HTTPS listener, in {region}",
            $"arn:aws:acm:{region}:123456789012:certificate/00000000-0000-0000-0000-000000000000", arn => CertificateProblem(arn, region));
        var sslPolicy = section.String("sslPolicy", AlbSslPolicies.Default, "The HTTPS listener's ELB security policy (TLS 1.2 or newer)",
            p => AlbSslPolicies.Tls12OrNewer.Contains(p, StringComparer.Ordinal) ? null : $"'{p}' is not an ELB security policy whose minimum is TLS 1.2{DidYouMean.Suggest(p, AlbSslPolicies.Tls12OrNewer)}.",
            $"use one of {string.Join(", ", AlbSslPolicies.Tls12OrNewer)}.");
        var deletionProtection = section.Bool("deletionProtection", protectStatefulResources, "Whether AWS refuses to delete the ALB (default: iris-stack:protectStatefulResources)");
        var retention = section.Int("accessLogRetentionDays", 90, "Days the access log bucket keeps each log file", 1, 3650);
        var idle = section.Int("idleTimeoutSeconds", 60, "Seconds a connection may stay idle (ALB: 1 to 4000)", 1, 4000);
        var path = section.String("healthCheckPath", DefaultHealthCheckPath, "The path the target group's health check requests from the API gateway's pods",
            p => HealthCheckPathPattern().IsMatch(p) ? null : $"'{p}' is not an absolute path of up to 1024 characters.", "write a path such as / or /status.");
        var matcher = section.String("healthCheckMatcher", DefaultHealthCheckMatcher, "HTTP codes that count as healthy (200-499 allowed; e.g. 200, 200-499, 200,302)",
            m => MatcherPattern().IsMatch(m) ? null : $"'{m}' is not a list of HTTP codes or ranges between 200 and 499.", "write codes such as 200, 200-499 or 200,302.");
        var prefixList = section.RequiredString("originFacingPrefixListId",
            $"The id in {region} of the AWS-managed prefix list com.amazonaws.global.cloudfront.origin-facing (aws ec2 describe-managed-prefix-lists --region {region} --filters Name=prefix-list-name,Values=com.amazonaws.global.cloudfront.origin-facing)",
            "pl-0123456789abcdef0", id => PrefixListPattern().IsMatch(id) ? null : $"'{id}' is not a prefix list id (pl- and 8 or 17 hexadecimal digits).");
        section.RejectUnknownKeys();
        return new AlbConfig(certificate, sslPolicy, deletionProtection, retention, idle, path, matcher, prefixList) { Settings = section.Settings };
    }

    private static string? CertificateProblem(string arn, string region)
    {
        var match = CertificateArnPattern().Match(arn);
        return !match.Success ? $"'{arn}' is not an ACM certificate ARN."
            : match.Groups["region"].Value != region ? $"the certificate is in {match.Groups["region"].Value}; a load balancer can only use an ACM certificate of its own region, {region}."
            : null;
    }

    [GeneratedRegex(@"^arn:aws(-cn|-us-gov)?:acm:(?<region>[a-z0-9-]+):[0-9]{12}:certificate/[A-Za-z0-9-]+$")]
    private static partial Regex CertificateArnPattern();

    [GeneratedRegex(@"^/[A-Za-z0-9_\-./~%]{0,1023}$")]
    private static partial Regex HealthCheckPathPattern();

    [GeneratedRegex(@"^[2-4][0-9]{2}(-[2-4][0-9]{2})?(,[2-4][0-9]{2}(-[2-4][0-9]{2})?)*$")]
    private static partial Regex MatcherPattern();

    [GeneratedRegex(@"^pl-([0-9a-f]{8}|[0-9a-f]{17})$")]
    private static partial Regex PrefixListPattern();
}
