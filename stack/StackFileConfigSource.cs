using System.Collections.Immutable;
using IrisStack.Components.Config;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace IrisStack.Stack;

/// <summary>
/// Reads the very files the Pulumi CLI reads: <c>Pulumi.yaml</c> (project name and project-level
/// <c>config:</c> defaults) and <c>Pulumi.&lt;stack&gt;.yaml</c> (the stack's <c>config:</c>, which wins).
/// Keys without a namespace belong to the project, as in Pulumi.
/// </summary>
public sealed class StackFileConfigSource(string directory, string stack) : IConfigSource
{
    private static readonly ImmutableHashSet<string> ProjectConfigSchemaKeys =
        ["type", "description", "default", "value", "secret", "items"];

    /// <inheritdoc />
    public RawStackConfig Read()
    {
        var projectFile = Path.Combine(directory, "Pulumi.yaml");
        var project = LoadMapping(projectFile, required: true, "run from the project folder or pass --cwd to it")!;
        var name = (Child(project, "name") as YamlScalarNode)?.Value;
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new ConfigException(new ConfigError("Pulumi.yaml: name", "the project has no name.", "add 'name: iris-stack' to Pulumi.yaml."));
        }

        var stackFile = Path.Combine(directory, $"Pulumi.{stack}.yaml");
        var stackDoc = LoadMapping(stackFile, required: true, $"create it with 'pulumi stack init {stack}' or pick an existing stack with --stack")!;

        var values = ImmutableSortedDictionary.CreateBuilder<string, ConfigNode>(StringComparer.Ordinal);
        foreach (var (key, node) in ConfigEntries(project, "Pulumi.yaml"))
        {
            var value = ProjectDefault(node);
            if (value is not null)
            {
                values[Qualify(key, name)] = Convert(value, $"Pulumi.yaml: config.{key}");
            }
        }

        foreach (var (key, node) in ConfigEntries(stackDoc, Path.GetFileName(stackFile)))
        {
            values[Qualify(key, name)] = Convert(node, $"{Path.GetFileName(stackFile)}: {key}");
        }

        return new RawStackConfig(name, stack, values.ToImmutable()) { ProjectDirectory = directory };
    }

    private static string Qualify(string key, string project) => key.Contains(':', StringComparison.Ordinal) ? key : $"{project}:{key}";

    private static YamlMappingNode? LoadMapping(string path, bool required, string fix)
    {
        var file = Path.GetFileName(path);
        if (!File.Exists(path))
        {
            if (required)
            {
                throw new ConfigException(new ConfigError(file, $"the file {path} does not exist.", fix + "."));
            }

            return null;
        }

        try
        {
            var stream = new YamlStream();
            using var reader = new StreamReader(path);
            stream.Load(reader);
            if (stream.Documents.Count == 0)
            {
                return new YamlMappingNode();
            }

            return stream.Documents[0].RootNode as YamlMappingNode
                ?? throw new ConfigException(new ConfigError(file, "the file is not a YAML mapping.", "write it as 'key: value' lines, as Pulumi does."));
        }
        catch (YamlException e)
        {
            throw new ConfigException(new ConfigError(
                $"{file}:{e.Start.Line}", $"the file is not valid YAML ({e.Message}).", "fix the YAML syntax at that line."));
        }
    }

    private static IEnumerable<(string Key, YamlNode Node)> ConfigEntries(YamlMappingNode document, string file)
    {
        if (!document.Children.TryGetValue(new YamlScalarNode("config"), out var config) || config is YamlScalarNode { Value: null or "" })
        {
            yield break;
        }

        if (config is not YamlMappingNode map)
        {
            throw new ConfigException(new ConfigError($"{file}: config", "'config' is not a mapping.", "write config as 'namespace:key: value' entries."));
        }

        foreach (var (key, node) in map.Children)
        {
            yield return (ScalarKey(key, $"{file}: config"), node);
        }
    }

    // Pulumi.yaml allows 'key: value' or 'key: {type, description, default|value}'.
    private static YamlNode? ProjectDefault(YamlNode node)
    {
        if (node is YamlMappingNode map && map.Children.Count > 0 &&
            map.Children.Keys.All(k => k is YamlScalarNode s && ProjectConfigSchemaKeys.Contains(s.Value ?? string.Empty)))
        {
            return Child(map, "value") ?? Child(map, "default");
        }

        return node;
    }

    private static YamlNode? Child(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var node) ? node : null;

    private static ConfigNode Convert(YamlNode node, string where) => node switch
    {
        YamlScalarNode scalar => new ConfigScalar(scalar.Value ?? string.Empty),
        YamlSequenceNode list => new ConfigList([.. list.Children.Select((c, i) => Convert(c, $"{where}[{i}]"))]),
        YamlMappingNode map when map.Children.Count == 1 && map.Children.ContainsKey(new YamlScalarNode("secure")) =>
            new ConfigSecret(SecretString.Encrypted()),
        YamlMappingNode map => new ConfigMap(map.Children.ToImmutableSortedDictionary(
            e => ScalarKey(e.Key, where),
            e => Convert(e.Value, $"{where}.{ScalarKey(e.Key, where)}"),
            StringComparer.Ordinal)),
        _ => throw new ConfigException(new ConfigError(where, "unsupported YAML node (alias or tag).", "write a plain value.")),
    };

    // YAML allows a list or mapping as a key ('? [a, b]: x', '{a: 1}: x'); configuration keys are names.
    private static string ScalarKey(YamlNode key, string where) => key is YamlScalarNode scalar
        ? scalar.Value ?? string.Empty
        : throw new ConfigException(new ConfigError(
            $"{where} (line {key.Start.Line})", $"a key is a YAML {(key is YamlSequenceNode ? "list" : "mapping")}, not a name.", "write each key as a plain name, e.g. 'cidr: 10.0.0.0/16'."));
}
