using System.Collections.Immutable;
using System.Text;

namespace IrisStack.Policies.Rules.WebGateway;

/// <summary>
/// A small parser for nginx configuration text (directives, blocks, quoted strings with nginx's
/// escapes, comments), enough for the policies to read a rendered nginx.conf the way nginx does.
/// </summary>
public static class NginxConfParser
{
    /// <summary>Parses the text into a root block (name <c>main</c>); throws <see cref="FormatException"/> on unbalanced braces.</summary>
    public static NginxDirective Parse(string text)
    {
        var tokens = Tokenize(text).ToList();
        var position = 0;
        var children = ParseBlock(tokens, ref position, topLevel: true);
        return new NginxDirective("main", [], children, true);
    }

    private static ImmutableArray<NginxDirective> ParseBlock(List<(string Text, bool Special)> tokens, ref int position, bool topLevel)
    {
        var directives = ImmutableArray.CreateBuilder<NginxDirective>();
        var words = new List<string>();
        while (position < tokens.Count)
        {
            var (text, special) = tokens[position++];
            if (special && text == ";")
            {
                if (words.Count > 0)
                {
                    directives.Add(new NginxDirective(words[0], [.. words.Skip(1)], [], false));
                }

                words.Clear();
            }
            else if (special && text == "{")
            {
                if (words.Count == 0)
                {
                    throw new FormatException("A block without a directive name.");
                }

                var children = ParseBlock(tokens, ref position, topLevel: false);
                directives.Add(new NginxDirective(words[0], [.. words.Skip(1)], children, true));
                words.Clear();
            }
            else if (special && text == "}")
            {
                if (topLevel)
                {
                    throw new FormatException("Unexpected '}'.");
                }

                return directives.ToImmutable();
            }
            else
            {
                words.Add(text);
            }
        }

        return topLevel ? directives.ToImmutable() : throw new FormatException("Unexpected end of file: a block is not closed.");
    }

    private static IEnumerable<(string Text, bool Special)> Tokenize(string text)
    {
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (c == '#')
            {
                while (i < text.Length && text[i] != '\n')
                {
                    i++;
                }
            }
            else if (c is ';' or '{' or '}')
            {
                i++;
                yield return (c.ToString(), true);
            }
            else if (c is '"' or '\'')
            {
                var word = new StringBuilder();
                i++;
                while (i < text.Length && text[i] != c)
                {
                    if (text[i] == '\\' && i + 1 < text.Length && text[i + 1] is '"' or '\'' or '\\')
                    {
                        i++;
                    }

                    word.Append(text[i++]);
                }

                i++;
                yield return (word.ToString(), false);
            }
            else
            {
                var start = i;
                while (i < text.Length && !char.IsWhiteSpace(text[i]) && text[i] is not ';' and not '{' and not '}')
                {
                    i++;
                }

                yield return (text[start..i], false);
            }
        }
    }
}
