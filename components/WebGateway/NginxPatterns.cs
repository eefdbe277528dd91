using System.Text;

namespace IrisStack.Components.WebGateway;

/// <summary>
/// The PCRE patterns of the rendered maps, built from config entries. Entries are validated to
/// hold no quotes, backslashes or <c>$</c>, so escaping PCRE metacharacters is enough to embed
/// them in a double-quoted nginx string.
/// </summary>
internal static class NginxPatterns
{
    /// <summary>
    /// Raw request paths (before <c>?</c>) nginx would normalise into something else, or that an
    /// upstream might decode a second time: refused outright instead of guessing what is meant.
    /// </summary>
    public static readonly IReadOnlyList<(string Pattern, string Why)> Ambiguous =
    [
        ("~*^[^?]*%(25|2f|5c|2e|3b|00)", "encoded %, /, \\, ., ; or NUL (double encoding, encoded slashes, dots and path parameters)"),
        ("~^[^?]*\\x5c", "a backslash"),
        ("~^[^?]*//", "repeated slashes"),
        ("~^[^?]*;", "path parameters"),
        ("~^[^?]*/\\.\\.?(/|\\?|$)", "dot segments"),
    ];

    /// <summary>The decoded-path pattern of a block entry (prefix if it starts with <c>/</c>, else substring).</summary>
    public static string BlockedDecoded(string entry) => entry.StartsWith('/')
        ? $"~*^{Escape(entry.TrimEnd('/'))}(/|$)"
        : $"~*{Escape(entry)}";

    /// <summary>The raw-URI pattern of a block entry: <c>%</c> appears as <c>%25</c> on the wire.</summary>
    public static string BlockedRaw(string entry) => entry.StartsWith('/')
        ? $"~*^{Escape(entry.TrimEnd('/'))}(/|\\?|$)"
        : $"~*{Escape(entry).Replace("%", "%25", StringComparison.Ordinal)}";

    /// <summary>Denied extensions at the end of a path segment.</summary>
    public static string DeniedTypes(IEnumerable<string> types) =>
        $"~*\\.({string.Join('|', types.Select(Escape))})(/|$)";

    /// <summary>Any path segment that starts with a dot (/.git/, /.env).</summary>
    public const string Dotfile = "~(^|/)\\.";

    /// <summary>An admin prefix, case-sensitive like its location.</summary>
    public static string AdminPath(string prefix) => $"~^{Escape(prefix)}";

    /// <summary>The allowed methods.</summary>
    public static string Methods(IEnumerable<string> methods) => $"~^({string.Join('|', methods)})$";

    /// <summary>PCRE-escapes a literal.</summary>
    public static string Escape(string literal)
    {
        var builder = new StringBuilder(literal.Length + 8);
        foreach (var c in literal)
        {
            if (".^$|?*+()[]{}".Contains(c, StringComparison.Ordinal))
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
