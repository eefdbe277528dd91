using System.Collections.Immutable;
using System.Text.Json;

namespace IrisStack.Components.Tests.Schema;

/// <summary>
/// The project's Pulumi schema facts (<c>Schema/pulumi-schema.json</c>): per type token the input
/// wire names, types and required flags, extracted from the providers' published SDKs. Pulumi-free.
/// </summary>
public sealed class SchemaFacts
{
    /// <summary>The facts file next to the test assembly.</summary>
    public static string DefaultPath => Path.Combine(AppContext.BaseDirectory, "Schema", "pulumi-schema.json");

    private SchemaFacts(ImmutableSortedDictionary<string, ResourceFacts> resources, ImmutableSortedDictionary<string, string> versions)
    {
        Resources = resources;
        Versions = versions;
    }

    /// <summary>Every entry by type token (including the pattern <c>kubernetes:{apiVersion}:{kind}</c>).</summary>
    public ImmutableSortedDictionary<string, ResourceFacts> Resources { get; }

    /// <summary>Provider package versions the facts were read from (<c>pulumi-aws</c> to <c>7.48.0</c>).</summary>
    public ImmutableSortedDictionary<string, string> Versions { get; }

    /// <summary>Loads the facts file.</summary>
    public static SchemaFacts Load(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        var root = document.RootElement;
        var versions = root.GetProperty("versions").EnumerateObject().ToImmutableSortedDictionary(
            p => p.Name, p => p.Value.GetString()!.Split(' ')[0], StringComparer.Ordinal);
        var resources = root.GetProperty("resources").EnumerateObject().ToImmutableSortedDictionary(
            p => p.Name, p => ReadResource(p.Name, p.Value), StringComparer.Ordinal);
        return new SchemaFacts(resources, versions);
    }

    /// <summary>
    /// The entry for a token: the exact one, or for a Kubernetes custom resource (a group with a
    /// dot that is not a Kubernetes or Pulumi group) the <c>kubernetes:{apiVersion}:{kind}</c> pattern.
    /// </summary>
    public ResourceFacts? Find(string type)
    {
        if (Resources.TryGetValue(type, out var exact))
        {
            return exact;
        }

        var parts = type.Split(':');
        var isCustomResource = parts.Length == 3 && parts[0] == "kubernetes" && parts[1].Contains('/', StringComparison.Ordinal) &&
            parts[1].Split('/')[0] is var group && group.Contains('.', StringComparison.Ordinal) &&
            !group.EndsWith("k8s.io", StringComparison.Ordinal) && group != "helm.sh";
        return isCustomResource ? Resources.GetValueOrDefault("kubernetes:{apiVersion}:{kind}") : null;
    }

    /// <summary>How to add a missing token: the extraction command for its provider package.</summary>
    public string HowToAdd(string type)
    {
        var package = type.Split(':')[0];
        var version = Versions.GetValueOrDefault($"pulumi-{package}") ?? "<version in the facts' versions>";
        return $"add its entry from the published SDK: cd tools/schema-facts && node extract.mjs --package @pulumi/{package}@{version} " +
            $"--numbers integer --merge ../../tests/IrisStack.Components.Tests/Schema/pulumi-schema.json '{type}' (see Schema/README.md)";
    }

    private static ResourceFacts ReadResource(string type, JsonElement entry) => new(
        type,
        Properties(entry.GetProperty("inputs")),
        Strings(entry, "outputs"),
        entry.TryGetProperty("nested", out var nested)
            ? nested.EnumerateObject().ToImmutableSortedDictionary(n => n.Name, n => Properties(n.Value), StringComparer.Ordinal)
            : ImmutableSortedDictionary<string, ImmutableSortedDictionary<string, PropertyFacts>>.Empty.WithComparers(StringComparer.Ordinal),
        Flag(entry, "isComponent"),
        entry.TryGetProperty("kind", out var kind) && kind.GetString() == "invoke",
        entry.TryGetProperty("sdkSetsInputs", out var sets)
            ? sets.EnumerateObject().ToImmutableSortedDictionary(p => p.Name, p => p.Value.GetString()!, StringComparer.Ordinal)
            : ImmutableSortedDictionary<string, string>.Empty.WithComparers(StringComparer.Ordinal),
        Strings(entry, "secretOutputs"),
        Text(entry, "deprecated"));

    private static ImmutableSortedDictionary<string, PropertyFacts> Properties(JsonElement properties) =>
        properties.EnumerateObject().ToImmutableSortedDictionary(
            p => p.Name,
            p => new PropertyFacts(
                SchemaType.Parse(p.Value.GetProperty("type").GetString()!),
                Flag(p.Value, "required"),
                Flag(p.Value, "json"),
                Flag(p.Value, "secret"),
                Flag(p.Value, "plain"),
                p.Value.TryGetProperty("sdkDefault", out var d) ? d.ToString() : null,
                Text(p.Value, "deprecated")),
            StringComparer.Ordinal);

    private static bool Flag(JsonElement element, string name) => element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.True;

    private static string? Text(JsonElement element, string name) => element.TryGetProperty(name, out var value) ? value.GetString() : null;

    private static ImmutableSortedSet<string> Strings(JsonElement element, string name) =>
        element.TryGetProperty(name, out var list)
            ? list.EnumerateArray().Select(e => e.GetString()!).ToImmutableSortedSet(StringComparer.Ordinal)
            : ImmutableSortedSet<string>.Empty.WithComparer(StringComparer.Ordinal);
}
