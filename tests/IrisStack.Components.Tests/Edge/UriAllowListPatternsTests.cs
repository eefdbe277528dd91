using System.Text.RegularExpressions;
using IrisStack.Components.Edge.Waf;
using IrisStack.Components.WebGateway;

namespace IrisStack.Components.Tests.Edge;

public sealed class UriAllowListPatternsTests
{
    // What the rule's URL_DECODE, NORMALIZE_PATH and LOWERCASE do to a path, closely enough for these paths.
    private static string Transformed(string path) =>
        Regex.Replace(Uri.UnescapeDataString(path), "/{2,}", "/").ToLowerInvariant();

    private static bool Admits(IReadOnlyList<string> patterns, string path) =>
        patterns.Any(p => Regex.IsMatch(Transformed(path), p, RegexOptions.None, TimeSpan.FromSeconds(1)));

    [Fact]
    public void DefaultPaths_OnePatternOfAlternatives_PrefixesOpenExactPathsClosed()
    {
        var patterns = UriAllowListPatterns.Build(WebGatewayDefaults.AllowedPaths);
        Assert.Equal(@"^/app/|^/api/app/|^/csp/broker/cspxmlhttp\.js$|^/csp/broker/cspbroker\.js$|^/csp/app/", Assert.Single(patterns));
    }

    [Theory]
    [InlineData("/app/index.csp", true)]
    [InlineData("/APP/Index.csp", true)]
    [InlineData("/api/app/v1/patients", true)]
    [InlineData("/csp/broker/cspbroker.js", true)]
    [InlineData("/csp/broker/cspbroker%2Ejs", true)]
    [InlineData("//app//x", true)]
    [InlineData("/csp/broker/cspbroker.jsx", false)]
    [InlineData("/csp/broker/cspbrokerXjs", false)]
    [InlineData("/csp/sys/UtilHome.csp", false)]
    [InlineData("/api/atelier/", false)]
    [InlineData("/application", false)]
    [InlineData("/", false)]
    public void DefaultPaths_AdmitOnlyTheAllowList(string path, bool admitted) =>
        Assert.Equal(admitted, Admits(UriAllowListPatterns.Build(WebGatewayDefaults.AllowedPaths), path));

    [Fact]
    public void ManyPaths_ArePackedIntoPatternsWithinTheQuotas()
    {
        var paths = Enumerable.Range(0, 60).Select(i => $"/app{i:00}/module/").ToList();
        var patterns = UriAllowListPatterns.Build(paths);
        Assert.InRange(patterns.Length, 2, WafLimits.MaximumPatternsPerSet);
        Assert.All(patterns, p => Assert.InRange(p.Length, 1, WafLimits.MaximumPatternLength));
        Assert.All(paths, p => Assert.True(Admits(patterns, p + "x"), p));
        Assert.False(Admits(patterns, "/app60/module/"));
    }

    [Fact]
    public void TooManyPaths_ForOneSet_IsAProblem()
    {
        var paths = Enumerable.Range(0, 200).Select(i => $"/application-number-{i:000}/").ToList();
        var problem = Assert.Single(UriAllowListPatterns.Problems(paths));
        Assert.Contains("a WAF regex pattern set holds at most 10", problem, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => UriAllowListPatterns.Build(paths));
    }

    [Theory]
    [InlineData("/app/%2e%2e/", "is not a plain absolute path")]
    [InlineData("/app/../csp/sys/", "is not a plain absolute path")]
    [InlineData("/app/(.*)", "is not a plain absolute path")]
    [InlineData("/", "admits every path")]
    public void Path_NotPlain_IsAProblem(string path, string problem) =>
        Assert.Contains(UriAllowListPatterns.Problems(["/app/", path]), p => p.Contains(problem, StringComparison.Ordinal));

    [Fact]
    public void NoPaths_IsAProblem() =>
        Assert.Contains("is empty", Assert.Single(UriAllowListPatterns.Problems([])), StringComparison.Ordinal);

    [Fact]
    public void PathLongerThanAPattern_IsAProblem() =>
        Assert.Contains("longer than the 200 characters", Assert.Single(UriAllowListPatterns.Problems(["/" + new string('a', 199) + "/"])), StringComparison.Ordinal);
}
