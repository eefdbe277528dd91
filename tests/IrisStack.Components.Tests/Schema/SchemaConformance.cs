using System.Collections.Immutable;
using System.Reflection;
using IrisStack.Components.Config;
using IrisStack.Components.Graph;

namespace IrisStack.Components.Tests.Schema;

/// <summary>
/// Checks a node against the schema facts the way the provider would on a user's first
/// <c>pulumi up</c>: the type exists and is registered the right way (custom, remote component,
/// provider, our own component), every input name exists, required inputs are present, every
/// value has the declared type and, for enums, one of the allowed values (recursing into nested
/// objects, arrays and maps, including another package's shapes a component takes), what the
/// typed SDK would fill in but a generic registration does not is set explicitly, and every output
/// the node reads from another node is one that node's type has.
/// </summary>
public static class SchemaConformance
{
    private const string ProviderPrefix = "pulumi:providers:";

    /// <summary>Our own component tokens: the constants of <see cref="TypeTokens"/>.</summary>
    public static ImmutableHashSet<string> ComponentTokens { get; } = typeof(TypeTokens)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral && f.FieldType == typeof(string))
        .Select(f => (string)f.GetRawConstantValue()!)
        .ToImmutableHashSet(StringComparer.Ordinal);

    /// <summary>Every violation of one node, empty when it conforms.</summary>
    /// <param name="node">The node.</param>
    /// <param name="facts">The schema facts.</param>
    /// <param name="findNode">The graph's nodes by name (<see cref="ResourceGraph.Find"/>): whose outputs the node reads.</param>
    public static IReadOnlyList<SchemaViolation> Check(ResourceNode node, SchemaFacts facts, Func<string, ResourceNode?> findNode)
    {
        var found = new List<SchemaViolation>();
        void Fail(string path, string message) => found.Add(new SchemaViolation(node.Name, node.Type, path, message));

        var isProviderToken = node.Type.StartsWith(ProviderPrefix, StringComparison.Ordinal);
        if (isProviderToken != (node.Kind == NodeKind.Provider))
        {
            Fail(string.Empty, isProviderToken
                ? "a pulumi:providers:* token must be added with GraphBuilder.Provider (NodeKind.Provider)."
                : $"a {node.Kind} node must have a pulumi:providers:<package> token; add providers with GraphBuilder.Provider.");
            return found;
        }

        if (node.Kind == NodeKind.Component || ComponentTokens.Contains(node.Type))
        {
            if (node.Kind != NodeKind.Component)
            {
                Fail(string.Empty, "our own component tokens are registered with GraphBuilder.Component.");
            }
            else if (!ComponentTokens.Contains(node.Type))
            {
                Fail(string.Empty, $"local component tokens must be declared in TypeTokens (iris:<layer>:<Type>){DidYouMean.Suggest(node.Type, ComponentTokens)}.");
            }
            else if (node.Inputs.Entries.Count > 0)
            {
                Fail(string.Empty, "a local component has no inputs; give them to its children.");
            }

            return found;
        }

        var entry = facts.Find(node.Type);
        if (entry is null)
        {
            Fail(string.Empty, $"the type is not in the schema facts{DidYouMean.Suggest(node.Type, facts.Resources.Keys)}; {facts.HowToAdd(node.Type)}.");
            return found;
        }

        if (entry.IsInvoke)
        {
            Fail(string.Empty, "this token is a function (invoke), not a resource.");
            return found;
        }

        if (entry.IsComponent != (node.Kind == NodeKind.RemoteComponent))
        {
            Fail(string.Empty, entry.IsComponent
                ? "this type is a multi-language component: add it with GraphBuilder.RemoteComponent so it registers with remote: true."
                : "this type is a custom resource, not a remote component: add it with GraphBuilder.Resource.");
        }

        if (entry.Deprecated is not null)
        {
            Fail(string.Empty, $"the type is deprecated: {entry.Deprecated}");
        }

        CheckProperties(node.Inputs, entry.Inputs, entry, string.Empty, Fail, isTopLevel: true);
        CheckKubernetesIdentity(node, Fail);
        CheckReferences(node.Inputs, string.Empty, facts, findNode, Fail);
        return found;
    }

    private static void CheckProperties(
        MapValue value, ImmutableSortedDictionary<string, PropertyFacts> shape, ResourceFacts entry, string path, Action<string, string> fail, bool isTopLevel)
    {
        var isCustomResourcePattern = entry.Type.Contains('{', StringComparison.Ordinal);
        foreach (var (name, item) in value.Entries)
        {
            var itemPath = path.Length == 0 ? name : $"{path}.{name}";
            if (!shape.TryGetValue(name, out var property))
            {
                var hint = isTopLevel && isCustomResourcePattern
                    ? $"; a custom resource's other top-level fields come from its CRD: add an entry for {entry.Type} with them"
                    : DidYouMean.Suggest(name, shape.Keys);
                fail(itemPath, $"unknown property{hint}. Known: {string.Join(", ", shape.Keys)}.");
                continue;
            }

            if (property.Deprecated is not null)
            {
                fail(itemPath, $"deprecated: {property.Deprecated}");
            }

            if (property.Plain && (item.References().Any() || item is InterpolationValue || item.ContainsSecret))
            {
                fail(itemPath, "a remote component needs a plain value here (no output reference, interpolation or secret).");
            }

            if (property.Json && item is StringValue && property.Type is not ScalarType { Name: "string" })
            {
                fail(itemPath, $"give the {property.Type} value itself, not its JSON text: the registration plan JSON-encodes this input as the typed SDK does.");
                continue;
            }

            if (item is NullValue && property.Required)
            {
                fail(itemPath, "required, but null.");
            }

            CheckValue(item, property.Type, property.Enum, entry, itemPath, fail);
        }

        foreach (var (name, property) in shape)
        {
            var itemPath = path.Length == 0 ? name : $"{path}.{name}";
            if (property.Required && value[name] is null)
            {
                fail(itemPath, $"required ({property.Type}) but missing.");
            }
            else if (property.SdkDefault is not null && value[name] is null)
            {
                fail(itemPath, $"unset: the typed SDK would send '{property.SdkDefault}', a generic registration sends nothing; set it explicitly.");
            }
        }
    }

    private static void CheckValue(Value value, SchemaType type, ImmutableArray<string> allowed, ResourceFacts entry, string path, Action<string, string> fail)
    {
        switch (value)
        {
            // An output, or a component's input bound to one, can be of any type; the provider
            // checks it when it is known.
            case OutputReference:
            case ExternalInput:
            case NullValue:
                return;
            case SecretValue secret:
                CheckValue(secret.Inner, type, allowed, entry, path, fail);
                return;
        }

        switch (type)
        {
            case ScalarType { Name: "any" }:
                return;
            case ScalarType { Name: "string" }:
                if (value is not (StringValue or InterpolationValue))
                {
                    fail(path, $"must be a string, not {Describe(value)}.");
                }
                else if (!allowed.IsEmpty && value is StringValue text && !allowed.Contains(text.Value))
                {
                    fail(path, $"'{text.Value}' is not an allowed value{DidYouMean.Suggest(text.Value, allowed)}. Allowed: {string.Join(", ", allowed)}.");
                }

                return;
            case ScalarType { Name: "boolean" }:
                if (value is not BoolValue)
                {
                    fail(path, $"must be a boolean, not {Describe(value)}.");
                }

                return;
            case ScalarType { Name: "number" }:
                if (value is not NumberValue)
                {
                    fail(path, $"must be a number, not {Describe(value)}.");
                }

                return;
            case ScalarType { Name: "integer" }:
                if (value is not NumberValue number || number.Value != Math.Floor(number.Value))
                {
                    fail(path, $"must be a whole number (integer), not {Describe(value)}.");
                }

                return;
            case ArrayType array when value is ListValue list:
                for (var i = 0; i < list.Items.Length; i++)
                {
                    CheckValue(list.Items[i], array.Element, allowed, entry, $"{path}[{i}]", fail);
                }

                return;
            case MapType map when value is MapValue entries:
                foreach (var (key, item) in entries.Entries)
                {
                    CheckValue(item, map.Element, allowed, entry, $"{path}.{key}", fail);
                }

                return;
            case ObjectType objectType when value is MapValue fields:
                // Without a recorded shape (Kubernetes API types, other packages' types) only the
                // object-ness is checked; the Kubernetes round-trip tests cover those shapes.
                if (entry.Nested.TryGetValue(objectType.Name, out var shape))
                {
                    CheckProperties(fields, shape, entry, path, fail, isTopLevel: false);
                }

                return;
            default:
                fail(path, $"must be {Article(type)}, not {Describe(value)}.");
                return;
        }
    }

    // What the engine returns for the referenced node: a custom resource its type's outputs, id
    // and urn; a remote component its outputs and urn; a provider id and urn; our own component
    // only its urn (the registration plan refuses the rest, but only when the whole stack is planned).
    private static void CheckReferences(Value value, string path, SchemaFacts facts, Func<string, ResourceNode?> findNode, Action<string, string> fail)
    {
        switch (value)
        {
            case OutputReference reference:
                var source = findNode(reference.Node);
                if (source is null)
                {
                    fail(path, $"reads '{reference.Node}.{reference.Output}', but the graph has no node '{reference.Node}'.");
                    return;
                }

                ImmutableSortedSet<string>? known = source.Kind switch
                {
                    NodeKind.Component => ["urn"],
                    NodeKind.Provider => ["id", "urn"],
                    NodeKind.RemoteComponent => facts.Find(source.Type)?.Outputs.Add("urn"),
                    _ => facts.Find(source.Type)?.Outputs.Add("id").Add("urn"),
                };
                if (known is not null && !known.Contains(reference.Output))
                {
                    fail(path, $"reads output '{reference.Output}' of '{reference.Node}', but {source.Type} ({source.Kind}) has no such output" +
                        $"{DidYouMean.Suggest(reference.Output, known)}. Outputs: {string.Join(", ", known)}.");
                }

                return;
            case SecretValue secret:
                CheckReferences(secret.Inner, path, facts, findNode, fail);
                return;
            case InterpolationValue interpolation:
                foreach (var part in interpolation.Parts)
                {
                    CheckReferences(part, path, facts, findNode, fail);
                }

                return;
            case ListValue list:
                for (var i = 0; i < list.Items.Length; i++)
                {
                    CheckReferences(list.Items[i], $"{path}[{i}]", facts, findNode, fail);
                }

                return;
            case MapValue map:
                foreach (var (key, item) in map.Entries)
                {
                    CheckReferences(item, path.Length == 0 ? key : $"{path}.{key}", facts, findNode, fail);
                }

                return;
        }
    }

    private static void CheckKubernetesIdentity(ResourceNode node, Action<string, string> fail)
    {
        if (Components.Plan.SdkParity.KubernetesObject(node.Type) is not (string apiVersion, string kind))
        {
            return;
        }

        foreach (var (name, expected) in new[] { ("apiVersion", apiVersion), ("kind", kind) })
        {
            var given = node.Inputs[name];
            if (given is null)
            {
                fail(name, $"a Kubernetes object must carry {name} '{expected}' (the typed SDK sets it; policies and the offline preview read it).");
            }
            else if (given != new StringValue(expected))
            {
                fail(name, $"is '{given}', but the type token says '{expected}'.");
            }
        }
    }

    private static string Article(SchemaType type) => type switch
    {
        ArrayType => $"a list ({type})",
        MapType => $"a map ({type})",
        ObjectType => $"an object ({type})",
        _ => type.ToString()!,
    };

    private static string Describe(Value value) => value switch
    {
        StringValue s => $"the string '{s.Value}'",
        NumberValue n => $"the number {n}",
        BoolValue b => $"the boolean {(b.Value ? "true" : "false")}",
        ListValue => "a list",
        MapValue => "a map",
        InterpolationValue => "an interpolated string",
        _ => value.GetType().Name,
    };
}
