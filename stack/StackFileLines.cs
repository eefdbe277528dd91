using System.Globalization;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace IrisStack.Stack;

/// <summary>
/// Where a config key is written in a stack file (<c>Pulumi.&lt;stack&gt;.yaml</c>), so a report can
/// point at the line to change: <c>iris-stack:network.flowLogRetentionDays</c> is the line of
/// <c>flowLogRetentionDays:</c> under <c>iris-stack:network:</c>. A key the file does not set points at
/// the nearest section above it that the file does set, where it would be added.
/// </summary>
public sealed partial class StackFileLines
{
    private readonly YamlMappingNode? config;

    private StackFileLines(YamlMappingNode? config) => this.config = config;

    /// <summary>Reads the file; an unreadable or invalid file locates nothing (loading it reports that).</summary>
    public static StackFileLines Read(string path)
    {
        try
        {
            var stream = new YamlStream();
            using var reader = new StreamReader(path);
            stream.Load(reader);
            var root = stream.Documents.Count > 0 ? stream.Documents[0].RootNode as YamlMappingNode : null;
            return new(root is not null && root.Children.TryGetValue(new YamlScalarNode("config"), out var c) ? c as YamlMappingNode : null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or YamlException)
        {
            return new(null);
        }
    }

    /// <summary>
    /// The 1-based line of <paramref name="key"/>, or of its nearest section the file sets; null when
    /// the file sets neither (the key is then not the file's: a component arg, another namespace).
    /// </summary>
    public int? LineOf(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (config is null)
        {
            return null;
        }

        // The top-level key is the longest written key that the full key starts with ("iris-stack:network").
        var top = config.Children
            .Select(e => (Name: (e.Key as YamlScalarNode)?.Value ?? string.Empty, KeyNode: e.Key, e.Value))
            .Where(e => e.Name.Length > 0 && key.StartsWith(e.Name, StringComparison.Ordinal) && (key.Length == e.Name.Length || key[e.Name.Length] is '.' or '['))
            .OrderByDescending(e => e.Name.Length)
            .FirstOrDefault();
        if (top.Name is null)
        {
            return null;
        }

        var line = (int)top.KeyNode.Start.Line;
        var node = top.Value;
        foreach (Match segment in Segment().Matches(key[top.Name.Length..]))
        {
            YamlNode? keyNode = null;
            YamlNode? next = null;
            if (segment.Groups["name"].Success && node is YamlMappingNode map)
            {
                var name = new YamlScalarNode(segment.Groups["name"].Value);
                if (map.Children.TryGetValue(name, out next))
                {
                    keyNode = map.Children.Keys.First(k => k.Equals(name));
                }
            }
            else if (segment.Groups["index"].Success && node is YamlSequenceNode list && int.Parse(segment.Groups["index"].Value, CultureInfo.InvariantCulture) is var i && i < list.Children.Count)
            {
                next = list.Children[i];
                keyNode = next;
            }

            if (next is null || keyNode is null)
            {
                break;
            }

            line = (int)keyNode.Start.Line;
            node = next;
        }

        return line;
    }

    [GeneratedRegex(@"\.(?<name>[^.\[]+)|\[(?<index>[0-9]+)\]")]
    private static partial Regex Segment();
}
