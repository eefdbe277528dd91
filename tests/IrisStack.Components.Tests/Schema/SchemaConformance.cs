using System.Collections.Immutable;
using System.Reflection;
using IrisStack.Components.Config;
using IrisStack.Components.Graph;

namespace IrisStack.Components.Tests.Schema;

/// <summary>
/// Checks a node against the schema facts the way the provider would on a user's first
/// <c>pulumi up</c>: the type exists and is registered the right way (custom, remote component,
/// provider, our own component), every input name exists, required inputs are present, every
/// value has the declared type (recursing into nested objects, arrays and maps), and what the
/// typed SDK would fill in but a generic registration does not is set explicitly.
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
    public static IReadOnlyList<SchemaViolation> Check(ResourceNode node, SchemaFacts facts)
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

            CheckValue(item, property.Type, entry, itemPath, fail);
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

    private static void CheckValue(Value value, SchemaType type, ResourceFacts entry, string path, Action<string, string> fail)
    {
        switch (value)
        {
            // An output can be of any type; the provider checks it when it is known.
            case OutputReference:
            case NullValue:
                return;
            case SecretValue secret:
                CheckValue(secret.Inner, type, entry, path, fail);
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
                    CheckValue(list.Items[i], array.Element, entry, $"{path}[{i}]", fail);
                }

                return;
            case MapType map when value is MapValue entries:
                foreach (var (key, item) in entries.Entries)
                {
                    CheckValue(item, map.Element, entry, $"{path}.{key}", fail);
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
