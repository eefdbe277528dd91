using System.Text.RegularExpressions;

namespace IrisStack.Components.ApiGateway;

/// <summary>
/// A syntax check of Lua 5.1 patterns, the dialect Kong's <c>match</c> validators hand to
/// <c>string.match</c> (LuaJIT implements 5.1's lstrlib). It reports what lstrlib raises as
/// "malformed pattern", "unbalanced pattern", "invalid capture index", "invalid pattern capture"
/// and "unfinished capture" (LuaJIT's wording), and the PCRE habits that compile but never match what was meant (<c>{100}</c> is five
/// literal characters, <c>\d</c> an escaped <c>d</c>). The tests run the same patterns through real LuaJIT.
/// </summary>
public static partial class LuaPattern
{
    /// <summary>Null when <paramref name="pattern"/> is a valid Lua pattern, else what lstrlib would raise.</summary>
    public static string? SyntaxError(string pattern)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        var open = new List<bool>();
        var i = pattern.StartsWith('^') ? 1 : 0;
        while (i < pattern.Length)
        {
            var c = pattern[i];
            switch (c)
            {
                case '(':
                    // "()" is a position capture: closed at once.
                    var position = i + 1 < pattern.Length && pattern[i + 1] == ')';
                    open.Add(position);
                    i += position ? 2 : 1;
                    continue;
                case ')':
                    var last = open.FindLastIndex(closed => !closed);
                    if (last < 0)
                    {
                        return "invalid pattern capture (a ')' closes no '(')";
                    }

                    open[last] = true;
                    i++;
                    continue;
                case '%' when i + 1 >= pattern.Length:
                    return "malformed pattern (ends with '%')";
                case '%' when pattern[i + 1] == 'b':
                    if (i + 3 >= pattern.Length)
                    {
                        return "unbalanced pattern (%b needs two characters)";
                    }

                    i += 4;
                    continue;
                case '%' when pattern[i + 1] == 'f':
                    if (i + 2 >= pattern.Length || pattern[i + 2] != '[')
                    {
                        return "missing '[' after '%f' in pattern";
                    }

                    if (ClassEnd(pattern, i + 2) is not { } afterFrontier)
                    {
                        return "malformed pattern (missing ']')";
                    }

                    i = afterFrontier;
                    continue;
                case '%' when char.IsAsciiDigit(pattern[i + 1]):
                    var index = pattern[i + 1] - '1';
                    if (index < 0 || index >= open.Count || !open[index])
                    {
                        return $"invalid capture index (%{pattern[i + 1]} refers to no closed capture)";
                    }

                    i += 2;
                    continue;
                case '%':
                    i += 2;
                    break;
                case '[':
                    if (ClassEnd(pattern, i) is not { } afterClass)
                    {
                        return "malformed pattern (missing ']')";
                    }

                    i = afterClass;
                    break;
                default:
                    i++;
                    break;
            }

            // A single-character class may carry one quantifier.
            if (i < pattern.Length && pattern[i] is '*' or '+' or '-' or '?')
            {
                i++;
            }
        }

        return open.Contains(false) ? "unfinished capture (a '(' is never closed)" : null;
    }

    /// <summary>
    /// Null unless the pattern uses regex syntax that Lua reads literally: a <c>{n}</c> or
    /// <c>{n,m}</c> quantifier outside a set, or a backslash class such as <c>\d</c> or <c>\w</c>.
    /// </summary>
    public static string? RegexHabit(string pattern)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        var outsideSets = SetPattern().Replace(pattern, string.Empty);
        if (Quantifier().Match(outsideSets) is { Success: true } quantifier)
        {
            return $"'{quantifier.Value}' is not a quantifier in a Lua pattern but literal text; bound the length with lenMin/lenMax and match the characters with a set such as [%w_]+";
        }

        return BackslashClass().Match(pattern) is { Success: true } backslash
            ? $"'{backslash.Value}' is a regex class; Lua patterns escape with % (%d digits, %w alphanumerics, %s spaces)"
            : null;
    }

    /// <summary>The index after the set starting at <paramref name="start"/> (a '['), as lstrlib's classEnd reads it; null when it never closes.</summary>
    private static int? ClassEnd(string pattern, int start)
    {
        var p = start + 1;
        if (p < pattern.Length && pattern[p] == '^')
        {
            p++;
        }

        // The first character is part of the set even when it is ']' (lstrlib's do-while).
        do
        {
            if (p >= pattern.Length)
            {
                return null;
            }

            var c = pattern[p++];
            if (c == '%')
            {
                if (p >= pattern.Length)
                {
                    return null;
                }

                p++;
            }
        }
        while (p >= pattern.Length || pattern[p] != ']');

        return p + 1;
    }

    [GeneratedRegex(@"\[\^?\]?(%.|[^\]])*\]")]
    private static partial Regex SetPattern();

    [GeneratedRegex(@"\{\d+(,\d*)?\}")]
    private static partial Regex Quantifier();

    [GeneratedRegex(@"\\[dDwWsSbB]")]
    private static partial Regex BackslashClass();
}
