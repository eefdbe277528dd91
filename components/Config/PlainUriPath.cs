using System.Text.RegularExpressions;

namespace IrisStack.Components.Config;

/// <summary>
/// What an allow-list path may be: a literal absolute path, so that no encoding trick can hide
/// behind it. The Web Gateway's nginx locations and the edge WAF's URI allow-list are both built
/// from the same paths, so both accept exactly these.
/// </summary>
public static partial class PlainUriPath
{
    /// <summary>Why <paramref name="path"/> is not a plain absolute path, or null when it is.</summary>
    public static string? Problem(string path) =>
        PathPattern().IsMatch(path) && !path.Contains("//", StringComparison.Ordinal) && !DotSegment().IsMatch(path)
            ? null
            : $"'{path}' is not a plain absolute path (allowed: letters, digits, . _ ~ - and single slashes; no dot segments, %, ; or \\).";

    [GeneratedRegex("^/[A-Za-z0-9._~/-]*$")]
    private static partial Regex PathPattern();

    [GeneratedRegex(@"(^|/)\.\.?(/|$)")]
    private static partial Regex DotSegment();
}
