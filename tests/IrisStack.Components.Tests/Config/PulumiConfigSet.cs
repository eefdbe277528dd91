using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace IrisStack.Components.Tests.Config;

/// <summary>
/// What <c>pulumi config set [--path] [--secret] KEY VALUE</c> does to a stack file, so a test can
/// run a printed fix and see whether it fixes. Without <c>--path</c> the key is set as it is written
/// (a flat key, dots and all); with it, the part after the namespace's first dot is a path into
/// the value (<c>iris.password</c>, <c>suppressions[0].reason</c>). Secrets get a made-up ciphertext.
/// </summary>
internal static partial class PulumiConfigSet
{
    public static string Apply(string stackYaml, string command)
    {
        var tokens = Token().Matches(command).Select(m => m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value).ToList();
        Assert.Equal(["pulumi", "config", "set"], tokens.Take(3));
        var flags = tokens.Skip(3).Where(t => t.StartsWith("--", StringComparison.Ordinal)).ToHashSet(StringComparer.Ordinal);
        var (key, value) = (tokens.Skip(3).Where(t => !t.StartsWith("--", StringComparison.Ordinal)).First(), tokens.Skip(3).Where(t => !t.StartsWith("--", StringComparison.Ordinal)).Last());
        YamlNode leaf = flags.Contains("--secret")
            ? new YamlMappingNode(new YamlScalarNode("secure"), new YamlScalarNode("v1:AAAAmadeupciphertext"))
            : new YamlScalarNode(value);

        var stream = new YamlStream();
        stream.Load(new StringReader(stackYaml));
        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        var config = (YamlMappingNode)root.Children[new YamlScalarNode("config")];
        if (!flags.Contains("--path"))
        {
            config.Children[new YamlScalarNode(key)] = leaf;
        }
        else
        {
            var dot = key.IndexOf('.', key.IndexOf(':', StringComparison.Ordinal));
            var segments = PathSegment().Matches(key[(dot + 1)..]).Select(m => m.Value).ToList();
            Set(config, key[..dot], segments, leaf);
        }

        using var writer = new StringWriter();
        stream.Save(writer, assignAnchors: false);
        return writer.ToString();
    }

    // Walks (and creates) maps for names and lists for [i] down the path, then sets the leaf.
    private static void Set(YamlNode parent, string name, List<string> rest, YamlNode leaf)
    {
        YamlNode? current = parent switch
        {
            YamlMappingNode map => map.Children.TryGetValue(new YamlScalarNode(name), out var child) ? child : null,
            YamlSequenceNode list => int.Parse(name.Trim('[', ']'), System.Globalization.CultureInfo.InvariantCulture) < list.Children.Count ? list.Children[int.Parse(name.Trim('[', ']'), System.Globalization.CultureInfo.InvariantCulture)] : null,
            _ => throw new InvalidOperationException("not a container"),
        };
        if (rest.Count == 0)
        {
            Put(parent, name, leaf);
            return;
        }

        if (current is null)
        {
            current = rest[0].StartsWith('[') ? new YamlSequenceNode() : new YamlMappingNode();
            Put(parent, name, current);
        }

        Set(current, rest[0], rest[1..], leaf);
    }

    private static void Put(YamlNode parent, string name, YamlNode value)
    {
        switch (parent)
        {
            case YamlMappingNode map:
                map.Children[new YamlScalarNode(name)] = value;
                break;
            case YamlSequenceNode list:
                var index = int.Parse(name.Trim('[', ']'), System.Globalization.CultureInfo.InvariantCulture);
                if (index < list.Children.Count)
                {
                    list.Children[index] = value;
                }
                else
                {
                    list.Add(value);
                }

                break;
        }
    }

    [GeneratedRegex("\"([^\"]*)\"|(\\S+)")]
    private static partial Regex Token();

    [GeneratedRegex(@"\[\d+\]|[^.\[\]]+")]
    private static partial Regex PathSegment();
}
