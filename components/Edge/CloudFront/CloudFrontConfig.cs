using System.Collections.Immutable;
using System.Text.RegularExpressions;
using IrisStack.Components.Collections;
using IrisStack.Components.Config;
using IrisStack.Components.Edge.Waf;

namespace IrisStack.Components.Edge.CloudFront;

/// <summary>
/// The CloudFront distribution's settings (<c>iris-stack:edge.cloudFront</c>), validated, every
/// default applied. The distribution always serves its aliases with an ACM certificate of their
/// own: CloudFront's default certificate forces TLSv1 at the viewer.
/// </summary>
/// <param name="Aliases">The hostnames the distribution serves.</param>
/// <param name="CertificateArn">The ACM certificate (in us-east-1) for the aliases.</param>
/// <param name="StaticPaths">Path patterns cached at the edge with the managed CachingOptimized policy.</param>
/// <param name="ApiPaths">Path patterns of the API: only these forward the Authorization header and query strings.</param>
/// <param name="PriceClass">CloudFront's price class (<c>PriceClass_100</c>, <c>PriceClass_200</c>, <c>PriceClass_All</c>).</param>
/// <param name="StaticOrigin">The private S3 origin for static content, or null for none.</param>
/// <param name="LogRetentionDays">Days the access logs are kept in their bucket.</param>
/// <param name="MinimumProtocolVersion">The viewer security policy (TLSv1.2_2021 or newer).</param>
/// <param name="HstsMaxAgeSeconds">HSTS <c>max-age</c>, at least a year.</param>
/// <param name="HstsPreload">Whether HSTS carries <c>preload</c> (asks browsers to hard-code HTTPS for the domain; hard to undo).</param>
/// <param name="FrameOption">The <c>X-Frame-Options</c> value.</param>
public sealed partial record CloudFrontConfig(
    EquatableArray<string> Aliases,
    string CertificateArn,
    EquatableArray<string> StaticPaths,
    EquatableArray<string> ApiPaths,
    string PriceClass,
    StaticOriginConfig? StaticOrigin,
    int LogRetentionDays,
    string MinimumProtocolVersion,
    int HstsMaxAgeSeconds,
    bool HstsPreload,
    FrameOption FrameOption)
{
    /// <summary>One year: the shortest HSTS max-age the stack accepts (and the HSTS preload list requires).</summary>
    public const int MinimumHstsMaxAgeSeconds = 31_536_000;

    /// <summary>The price classes CloudFront offers.</summary>
    public static readonly ImmutableArray<string> PriceClasses = ["PriceClass_100", "PriceClass_200", "PriceClass_All"];

    /// <summary>Where these settings were read from, so resources built from them name their keys.</summary>
    public SettingsPath Settings { get; init; } = SettingsPath.Stack("edge.cloudFront");

    /// <summary>Reads and validates the section; <paramref name="allowedPaths"/> (the Web Gateway's) give the default API paths. Problems are collected on its reader.</summary>
    public static CloudFrontConfig Read(ConfigSection section, IReadOnlyList<string> allowedPaths)
    {
        ArgumentNullException.ThrowIfNull(section);
        ArgumentNullException.ThrowIfNull(allowedPaths);
        var aliases = section.StringList("aliases", [], "The hostnames the distribution serves (each needs the certificate to cover it)", HostnameProblem, "write a DNS hostname such as iris.example.com.");
        if (aliases.IsEmpty)
        {
            section.Error("aliases", "is empty: the distribution would serve only its *.cloudfront.net name, whose default certificate forces TLSv1 at the viewer.", "list the hostnames viewers use, e.g. [iris.example.com], and set certificateArn.");
        }

        const string CertificateFix = "set the ARN of an ACM certificate in us-east-1 that covers every alias.";
        var certificateArn = section.String("certificateArn", string.Empty, "The ACM certificate for the aliases; CloudFront takes certificates only from us-east-1", CertificateArnProblem, CertificateFix);
        if (section.Has("hostedZoneId"))
        {
            // A DNS-validated certificate needs Route 53 records named after the certificate's
            // domainValidationOptions (a nested output), which the stack cannot reference yet.
            section.Error("hostedZoneId", "is not supported yet: the DNS validation records need the certificate's nested domainValidationOptions outputs.", "request and validate the certificate in ACM in us-east-1 and set certificateArn to its ARN.");
        }

        section.Allow("hostedZoneId");
        if (!aliases.IsEmpty && !section.Has("certificateArn") && !section.Has("hostedZoneId"))
        {
            section.Error("certificateArn", $"is required: the aliases {string.Join(", ", aliases)} need a certificate.", CertificateFix);
        }

        var staticPaths = section.StringList("staticPaths", CloudFrontPaths.DefaultStaticPaths, "Path patterns cached at the edge (managed CachingOptimized policy)", CloudFrontPaths.Problem, "write a path pattern such as /csp/broker/*.js.");
        var apiPaths = section.StringList("apiPaths", CloudFrontPaths.DefaultApiPaths(allowedPaths), "Path patterns of the API: only these forward the Authorization header and query strings (unset: the allowed paths under /api/)", CloudFrontPaths.Problem, "write a path pattern such as /api/app/*.");
        foreach (var (path, api) in staticPaths.SelectMany(s => apiPaths.Where(a => CloudFrontPaths.IsUnder(s, a)).Select(a => (s, a))))
        {
            section.Error("staticPaths", $"'{path}' lies under the API path '{api}', so API responses there would be cached without their Authorization header in the key.", "remove it, or narrow apiPaths.");
        }

        var priceClass = section.String("priceClass", PriceClasses[0], $"CloudFront's price class ({string.Join(", ", PriceClasses)})",
            p => PriceClasses.Contains(p) ? null : $"'{p}' is not a CloudFront price class{DidYouMean.Suggest(p, PriceClasses)}.");
        var staticOrigin = ReadStaticOrigin(section, apiPaths);
        var retention = section.Int("logRetentionDays", 365, "Days the access logs are kept in their bucket", 1, 3650);
        var protocol = section.String("minimumProtocolVersion", CloudFrontSecurityPolicies.Default, $"The viewer security policy ({string.Join(", ", CloudFrontSecurityPolicies.Accepted)})",
            p => CloudFrontSecurityPolicies.Accepted.Contains(p) ? null
                : CloudFrontSecurityPolicies.Refused.Contains(p) ? $"'{p}' allows TLS older than 1.2 or weak ciphers."
                : $"'{p}' is not a CloudFront security policy{DidYouMean.Suggest(p, CloudFrontSecurityPolicies.Accepted)}.",
            $"set one of {string.Join(", ", CloudFrontSecurityPolicies.Accepted)}.");
        var hstsMaxAge = section.Int("hstsMaxAgeSeconds", 2 * MinimumHstsMaxAgeSeconds, "HSTS max-age in seconds (at least one year)", MinimumHstsMaxAgeSeconds, int.MaxValue);
        var preload = section.Bool("hstsPreload", false, "Add preload to HSTS (browsers then hard-code HTTPS for the domain and its subdomains; leaving the list takes months)");
        var frame = section.Enum("frameOptions", FrameOption.SameOrigin, "X-Frame-Options: deny (no framing) or sameOrigin (the application's own pages only)");
        section.RejectUnknownKeys();
        return new CloudFrontConfig(aliases, certificateArn, staticPaths, apiPaths, priceClass, staticOrigin, retention, protocol, hstsMaxAge, preload, frame) { Settings = section.Settings };
    }

    /// <summary>What is wrong with an alias, or null: a lower-case DNS hostname of two or more labels, optionally with a leading <c>*.</c>.</summary>
    public static string? HostnameProblem(string alias) =>
        alias.Length <= 253 && Hostname().IsMatch(alias) ? null : $"'{alias}' is not a hostname (lower-case labels of letters, digits and -, separated by dots, optionally starting with *.).";

    /// <summary>What is wrong with a certificate ARN for CloudFront, or null: an ACM certificate ARN in us-east-1.</summary>
    public static string? CertificateArnProblem(string arn)
    {
        var match = AcmCertificateArn().Match(arn);
        return !match.Success ? $"'{arn}' is not an ACM certificate ARN (arn:aws:acm:us-east-1:<account>:certificate/<id>)."
            : match.Groups["region"].Value != WafLimits.CloudFrontRegion ? $"'{arn}' is in {match.Groups["region"].Value}; CloudFront uses ACM certificates only from {WafLimits.CloudFrontRegion}."
            : null;
    }

    private static StaticOriginConfig? ReadStaticOrigin(ConfigSection parent, ImmutableArray<string> apiPaths)
    {
        var has = parent.Has("staticOrigin");
        var section = parent.Section("staticOrigin", "Optional private S3 bucket for static content, read through Origin Access Control; unset, none");
        var paths = section.StringList("paths", [], "Path patterns served from the bucket", CloudFrontPaths.Problem, "write a path pattern such as /app/static/*.");
        section.RejectUnknownKeys();
        if (!has)
        {
            return null;
        }

        if (paths.IsEmpty)
        {
            section.Error("paths", "is empty, so no request would reach the bucket.", "list the path patterns it serves, e.g. [/app/static/*], or remove staticOrigin.");
        }

        foreach (var (path, api) in paths.SelectMany(s => apiPaths.Where(a => CloudFrontPaths.IsUnder(s, a)).Select(a => (s, a))))
        {
            section.Error("paths", $"'{path}' lies under the API path '{api}'.", "serve static content outside the API's paths.");
        }

        return new StaticOriginConfig(paths);
    }

    [GeneratedRegex(@"^(\*\.)?([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]([a-z0-9-]{0,61}[a-z0-9])?$")]
    private static partial Regex Hostname();

    [GeneratedRegex(@"^arn:aws(-[a-z]+)*:acm:(?<region>[a-z0-9-]+):[0-9]{12}:certificate/[0-9a-f-]+$")]
    private static partial Regex AcmCertificateArn();
}
