using System.Collections.Immutable;

namespace IrisStack.Components.Edge.Waf;

/// <summary>
/// What AWS WAF accepts, as the configuration checks it so that a stack fails here rather than on
/// its first deployment. Sources: the WAF developer guide's rate-based rule settings and quotas
/// pages and the WAFv2 API reference.
/// </summary>
public static class WafLimits
{
    /// <summary>The lowest rate limit a rate-based rule accepts (it was 100 until 2024).</summary>
    public const int MinimumRateLimit = 10;

    /// <summary>The highest rate limit a rate-based rule accepts (<c>RateBasedStatement.Limit</c>).</summary>
    public const int MaximumRateLimit = 2_000_000_000;

    /// <summary>The evaluation windows a rate-based rule accepts, in seconds (<c>EvaluationWindowSec</c>); 300 is AWS's default.</summary>
    public static readonly ImmutableArray<int> RateWindowsSeconds = [60, 120, 300, 600];

    /// <summary>Regex patterns in one regex pattern set (a quota that cannot be raised).</summary>
    public const int MaximumPatternsPerSet = 10;

    /// <summary>Characters in one regex pattern (a quota that cannot be raised; the API itself admits 512).</summary>
    public const int MaximumPatternLength = 200;

    /// <summary>Addresses in one IP set.</summary>
    public const int MaximumAddressesPerIpSet = 10_000;

    /// <summary>The region every resource of a CLOUDFRONT-scoped web ACL lives in: the ACL, its sets, its log group and that group's key.</summary>
    public const string CloudFrontRegion = "us-east-1";
}
