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
        return new SchemaFacts(resources.ToImmutableSortedDictionary(r => r.Key, r => WithReferencedShapes(r.Value, resources), StringComparer.Ordinal), versions);
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

    // An eks component's input of a pulumi-aws type (typeRef aws:eks/NodeGroupLaunchTemplate:...)
    // gets the shape of that name from an entry of the token's package and module that records
    // it (aws:eks/nodeGroup:NodeGroup), with the shapes it uses in turn; without one it stays
    // opaque and only its object-ness is checked.
    private static ResourceFacts WithReferencedShapes(ResourceFacts entry, ImmutableSortedDictionary<string, ResourceFacts> resources)
    {
        var nested = entry.Nested.ToBuilder();
        foreach (var property in entry.Inputs.Values.Concat(entry.Nested.Values.SelectMany(s => s.Values)))
        {
            if (property.TypeRef is null || ObjectName(property.Type) is not { } name || nested.ContainsKey(name))
            {
                continue;
            }

            var token = property.TypeRef.Split(':');
            var prefix = $"{token[0]}:{token[1].Split('/')[0]}/";
            var owner = resources.Values.FirstOrDefault(r => r.Type.StartsWith(prefix, StringComparison.Ordinal) && r.Nested.ContainsKey(name));
            if (owner is null)
            {
                continue;
            }

            foreach (var shape in Reachable(name, owner.Nested).Where(s => !nested.ContainsKey(s)))
            {
                nested[shape] = owner.Nested[shape];
            }
        }

        return entry with { Nested = nested.ToImmutable() };
    }

    private static SortedSet<string> Reachable(string name, ImmutableSortedDictionary<string, ImmutableSortedDictionary<string, PropertyFacts>> shapes)
    {
        var seen = new SortedSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>([name]);
        while (pending.TryPop(out var next))
        {
            if (shapes.TryGetValue(next, out var shape) && seen.Add(next))
            {
                foreach (var inner in shape.Values.Select(p => ObjectName(p.Type)).OfType<string>())
                {
                    pending.Push(inner);
                }
            }
        }

        return seen;
    }

    private static string? ObjectName(SchemaType type) => type switch
    {
        ObjectType o => o.Name,
        ArrayType a => ObjectName(a.Element),
        MapType m => ObjectName(m.Element),
        _ => null,
    };

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
                Text(p.Value, "deprecated"),
                Strings(p.Value, "enum").ToImmutableArray(),
                Text(p.Value, "typeRef")?.Split(' ')[^1]),
            StringComparer.Ordinal);

    private static bool Flag(JsonElement element, string name) => element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.True;

    private static string? Text(JsonElement element, string name) => element.TryGetProperty(name, out var value) ? value.GetString() : null;

    private static ImmutableSortedSet<string> Strings(JsonElement element, string name) =>
        element.TryGetProperty(name, out var list)
            ? list.EnumerateArray().Select(e => e.GetString()!).ToImmutableSortedSet(StringComparer.Ordinal)
            : ImmutableSortedSet<string>.Empty.WithComparer(StringComparer.Ordinal);
}
