using System.Globalization;

namespace IrisStack.Components.Config;

/// <summary>
/// When a string may be written as a plain YAML scalar: not when a YAML 1.1 or 1.2 reader would
/// take it for a boolean, null or number, nor when it holds characters that are YAML syntax, so
/// the files we write read back as the same text whatever parser reads them.
/// </summary>
public static class YamlPlainScalar
{
    /// <summary>Whether <paramref name="text"/> needs quotes.</summary>
    public static bool NeedsQuotes(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Length == 0
            || text is "true" or "false" or "null" or "~" or "yes" or "no" or "on" or "off" or "y" or "n"
            || decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _)
            || text.IndexOfAny([':', '#', '[', ']', '{', '}', ',', '&', '*', '!', '|', '>', '\'', '"', '%', '@', '`', '$', '^', '\\', '~', '?']) >= 0
            || text.StartsWith('-') || text.Trim() != text;
    }
}
