using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace IrisStack.Components.Edge.CloudFront;

/// <summary>
/// Path patterns of cache behaviours, and how the Web Gateway's allowed paths become them: a
/// prefix (<c>/api/app/</c>) becomes <c>/api/app/*</c>, an exact path stays as it is.
/// </summary>
public static partial class CloudFrontPaths
{
    /// <summary>The longest path pattern CloudFront accepts.</summary>
    public const int MaximumLength = 255;

    /// <summary>The prefix that marks an allowed path as an API path unless the stack lists its own.</summary>
    public const string ApiPrefix = "/api/";

    /// <summary>The default static paths: the CSP broker's JavaScript, the only static files among the Web Gateway's default allowed paths.</summary>
    public static readonly ImmutableArray<string> DefaultStaticPaths = ["/csp/broker/*.js"];

    /// <summary>The behaviour pattern for an allowed path.</summary>
    public static string PatternOf(string allowedPath) => allowedPath.EndsWith('/') ? allowedPath + "*" : allowedPath;

    /// <summary>The default API paths: the patterns of the allowed paths under <see cref="ApiPrefix"/>.</summary>
    public static ImmutableArray<string> DefaultApiPaths(IEnumerable<string> allowedPaths) =>
        [.. allowedPaths.Where(p => p.StartsWith(ApiPrefix, StringComparison.Ordinal)).Select(PatternOf)];

    /// <summary>What is wrong with a path pattern, or null: it must be a plain path (letters, digits, <c>- _ . ~ /</c>) with <c>*</c> wildcards.</summary>
    public static string? Problem(string pattern) =>
        pattern.Length > MaximumLength ? $"'{pattern[..40]}...' is longer than {MaximumLength} characters, the longest path pattern CloudFront accepts."
        : !PlainPattern().IsMatch(pattern) ? $"'{pattern}' is not a plain path pattern (it must start with / and hold only letters, digits, - _ . ~ / and the wildcard *)."
        : pattern.Contains("//", StringComparison.Ordinal) || pattern.Split('/').Any(s => s is "." or "..") ? $"'{pattern}' has an empty, . or .. segment, which no normalised request path has."
        : null;

    /// <summary>Whether every path <paramref name="pattern"/> matches also starts with the literal part of <paramref name="prefixPattern"/> (a trailing-* pattern).</summary>
    public static bool IsUnder(string pattern, string prefixPattern) =>
        prefixPattern.EndsWith('*') && pattern.StartsWith(prefixPattern[..^1], StringComparison.Ordinal);

    [GeneratedRegex(@"^/[A-Za-z0-9_\-.~/*]*$")]
    private static partial Regex PlainPattern();
}
