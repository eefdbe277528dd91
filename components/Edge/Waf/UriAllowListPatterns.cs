using System.Collections.Immutable;
using IrisStack.Components.Config;

namespace IrisStack.Components.Edge.Waf;

/// <summary>
/// The URI allow-list as regular expressions for a WAF regex pattern set, built from the paths the
/// Web Gateway forwards (one source for both): a path ending in <c>/</c> is a prefix
/// (<c>^/app/</c>), any other path exact (<c>^/csp/broker/cspbroker\.js$</c>). Paths are lower-cased
/// because the rule lower-cases the request path before matching. Alternatives are packed into as
/// few patterns as the WAF's quotas allow (10 patterns of 200 characters per set), joined with
/// <c>|</c> at the top level: the WAF supports no capturing groups.
/// </summary>
public static class UriAllowListPatterns
{
    /// <summary>What stops <paramref name="allowedPaths"/> from becoming a pattern set; empty when nothing does.</summary>
    public static ImmutableArray<string> Problems(IReadOnlyList<string> allowedPaths)
    {
        ArgumentNullException.ThrowIfNull(allowedPaths);
        var problems = ImmutableArray.CreateBuilder<string>();
        if (allowedPaths.Count == 0)
        {
            problems.Add("is empty, so the WAF's allow-list would block every request.");
        }

        problems.AddRange(allowedPaths.Select(PlainUriPath.Problem).OfType<string>());
        if (allowedPaths.Contains("/"))
        {
            problems.Add("contains '/', which admits every path: the WAF would have no allow-list.");
        }

        problems.AddRange(allowedPaths.Where(p => PlainUriPath.Problem(p) is null && PatternOf(p).Length > WafLimits.MaximumPatternLength)
            .Select(p => $"'{p}' gives a pattern longer than the {WafLimits.MaximumPatternLength} characters a WAF regex pattern holds."));
        if (problems.Count == 0 && Pack(allowedPaths).Length > WafLimits.MaximumPatternsPerSet)
        {
            problems.Add($"needs {Pack(allowedPaths).Length} regex patterns; a WAF regex pattern set holds at most {WafLimits.MaximumPatternsPerSet} of {WafLimits.MaximumPatternLength} characters.");
        }

        return problems.ToImmutable();
    }

    /// <summary>The patterns of the set. Throws <see cref="ArgumentException"/> when <see cref="Problems"/> finds any.</summary>
    public static ImmutableArray<string> Build(IReadOnlyList<string> allowedPaths)
    {
        var problems = Problems(allowedPaths);
        return problems.IsEmpty ? Pack(allowedPaths)
            : throw new ArgumentException($"The allowed paths cannot become a WAF allow-list: {string.Join(" ", problems)}", nameof(allowedPaths));
    }

    /// <summary>The anchored pattern of one path, lower case.</summary>
    public static string PatternOf(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var literal = path.ToLowerInvariant().Replace(".", @"\.", StringComparison.Ordinal);
        return path.EndsWith('/') ? $"^{literal}" : $"^{literal}$";
    }

    private static ImmutableArray<string> Pack(IReadOnlyList<string> allowedPaths)
    {
        var patterns = ImmutableArray.CreateBuilder<string>();
        var current = string.Empty;
        foreach (var alternative in allowedPaths.Select(PatternOf).Distinct(StringComparer.Ordinal))
        {
            if (current.Length > 0 && current.Length + 1 + alternative.Length > WafLimits.MaximumPatternLength)
            {
                patterns.Add(current);
                current = string.Empty;
            }

            current = current.Length == 0 ? alternative : $"{current}|{alternative}";
        }

        if (current.Length > 0)
        {
            patterns.Add(current);
        }

        return patterns.ToImmutable();
    }
}
