using System.Collections.Immutable;
using System.Text.Json;
using IrisStack.Components.Config;
using IrisStack.Components.Graph;

namespace IrisStack.Stack.PlanFiles;

/// <summary>
/// Reads a resource graph back from JSON so a saved or foreign preview can be checked offline:
/// IrisStack's own <c>plan.json</c> (written by <c>irisstack preview</c>), and the document that
/// <c>pulumi preview --json</c> prints (a <c>PreviewDigest</c>: <c>steps[]</c>, each with an
/// <c>op</c> and the resource's <c>newState</c>). Errors name the file and the place in it.
/// </summary>
/// <remarks>
/// How a Pulumi preview maps onto the graph:
/// <list type="bullet">
/// <item>Steps that remove or only read a resource (<c>delete</c>, <c>delete-replaced</c>, <c>discard</c>,
/// <c>discard-replaced</c>, <c>remove-pending-replace</c>, <c>read</c>, <c>read-replacement</c>) are skipped:
/// the stack does not manage those resources after the update. The root <c>pulumi:pulumi:Stack</c>
/// is not a node; its children are top-level nodes.</item>
/// <item>Names come from the URNs. Pulumi allows two resources of different types to share a name;
/// the later one is named <c>name (qualified type)</c> so graph names stay unique.</item>
/// <item><c>custom: false</c> is a component, <c>pulumi:providers:*</c> a provider, the rest custom resources.</item>
/// <item><c>[secret]</c> is a secret. Pulumi prints values it cannot know yet as
/// <see cref="UnknownValue"/>. Where Pulumi's <c>propertyDependencies</c> say a top-level input depends
/// on exactly one resource, a string input, and every unknown inside a list or map input, become a
/// reference to that resource (the output name, <c>id</c>, <c>arn</c> or <c>value</c> after the input's
/// name, is a label: Pulumi does not say which output it was). Other unknowns stay the placeholder
/// string: a policy sees "set to something" but cannot link it to a resource.</item>
/// <item><c>pulumi preview --json</c> leaves unchanged resources out unless run with <c>--show-sames</c>;
/// a resource whose parent is missing is reported with that fix rather than checked half-blind.</item>
/// </list>
/// </remarks>
public static class GraphImport
{
    /// <summary>What Pulumi prints for a value that is unknown during preview.</summary>
    public const string UnknownValue = PreviewUnknown.Text;

    private const string RootStackType = "pulumi:pulumi:Stack";
    private const string ShowSamesFix = "run 'pulumi preview --json --show-sames > preview.json' so unchanged resources are included";

    private static readonly ImmutableHashSet<string> KeptOps =
        ["same", "create", "update", "replace", "create-replacement", "refresh", "import", "import-replacement"];

    private static readonly ImmutableHashSet<string> SkippedOps =
        ["delete", "delete-replaced", "discard", "discard-replaced", "remove-pending-replace", "read", "read-replacement"];

    /// <summary>Reads a <c>plan.json</c> written by <c>irisstack preview</c>.</summary>
    /// <param name="json">The file's text.</param>
    /// <param name="source">The file's name, for error messages.</param>
    public static ResourceGraph FromPlan(string json, string source)
    {
        using var document = Parse(json, source, "write it again with 'irisstack preview --out DIR'");
        var root = document.RootElement;
        var reader = new ElementReader(source);
        var project = reader.String(root, "project", string.Empty);
        var stack = reader.String(root, "stack", string.Empty);
        var resources = reader.Array(root, "resources", string.Empty);
        var builder = new GraphBuilder(project, stack);
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        var urns = new List<(string Where, string Urn)>();
        var index = 0;
        foreach (var resource in resources)
        {
            var where = $"resources[{index++}]";
            var urn = reader.String(resource, "urn", where);
            var kindText = reader.String(resource, "kind", where);
            var kind = Enum.GetValues<NodeKind>().Cast<NodeKind?>()
                .FirstOrDefault(k => k.ToString()!.Equals(kindText, StringComparison.OrdinalIgnoreCase))
                ?? throw new GraphImportException(source, where + ".kind", $"'{kindText}' is not a node kind.", "use custom, component, remotecomponent or provider.");
            var parent = ElementReader.OptionalString(resource, "parent") is { } parentUrn ? reader.Known(names, parentUrn, where + ".parent", "list the parent before its children, as 'irisstack preview' does") : null;
            var inputs = resource.TryGetProperty("inputs", out var i) ? ValueJson.Read(i) as MapValue : MapValue.Empty;
            if (inputs is null)
            {
                throw new GraphImportException(source, where + ".inputs", "inputs must be a JSON object.", "write the inputs as an object of name to value.");
            }

            var options = ReadPlanOptions(reader, resource, names, where);
            var name = reader.String(resource, "name", where);
            reader.Add(builder, new ResourceNode(reader.String(resource, "type", where), name, kind, parent, inputs, options), where);
            ReadSettings(reader, builder, resource, name, where);
            names[urn] = name;
            urns.Add((where, urn));
        }

        var graph = builder.Build();
        for (var n = 0; n < graph.Nodes.Length; n++)
        {
            CheckUrn(source, urns[n].Where, urns[n].Urn, graph.UrnOf(graph.Nodes[n]));
        }

        return graph;
    }

    private static void ReadSettings(ElementReader reader, GraphBuilder builder, JsonElement resource, string name, string where)
    {
        if (!resource.TryGetProperty("settings", out var settings))
        {
            return;
        }

        if (settings.ValueKind != JsonValueKind.Object)
        {
            throw new GraphImportException(reader.Source, where + ".settings", "settings must be a JSON object.", "write them as an object of property path to a list of config keys.");
        }

        foreach (var property in settings.EnumerateObject())
        {
            var keys = property.Value.ValueKind == JsonValueKind.Array ? property.Value.EnumerateArray().ToList() : null;
            if (keys is null || keys.Any(k => k.ValueKind != JsonValueKind.String))
            {
                throw new GraphImportException(reader.Source, $"{where}.settings.{property.Name}", "must be a list of config keys.", "write the keys as a list of strings.");
            }

            builder.Setting(name, property.Name, keys.Select(k => k.GetString()!));
        }
    }

    /// <summary>Reads the JSON that <c>pulumi preview --json</c> prints.</summary>
    /// <param name="json">The document's text.</param>
    /// <param name="source">The file's name, for error messages.</param>
    public static ResourceGraph FromPulumiPreview(string json, string source)
    {
        using var document = Parse(json, source, "save the output of 'pulumi preview --json --show-sames' unchanged");
        var reader = new ElementReader(source);
        var steps = reader.Array(document.RootElement, "steps", string.Empty).ToList();
        var states = new List<(string Where, JsonElement State, string Urn)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var s = 0; s < steps.Count; s++)
        {
            var where = $"steps[{s}]";
            var op = reader.String(steps[s], "op", where);
            if (SkippedOps.Contains(op))
            {
                continue;
            }

            if (!KeptOps.Contains(op))
            {
                throw new GraphImportException(source, where + ".op", $"'{op}' is not a step operation this tool knows.", "check that the file comes from 'pulumi preview --json'.");
            }

            if (!steps[s].TryGetProperty("newState", out var state) || state.ValueKind != JsonValueKind.Object)
            {
                throw new GraphImportException(source, where + ".newState", $"a '{op}' step has no newState.", "save the output of 'pulumi preview --json' unchanged.");
            }

            var urn = reader.String(state, "urn", where + ".newState");
            if (seen.Add(urn))
            {
                states.Add((where + ".newState", state, urn));
            }
        }

        var first = states.Select(s => s.Urn).FirstOrDefault()
            ?? throw new GraphImportException(source, "steps", "the preview has no resources.", "save the output of 'pulumi preview --json' for a stack with resources.");
        var (stack, project) = StackAndProject(source, states[0].Where + ".urn", first);
        return BuildPreviewGraph(reader, project, stack, states);
    }

    private static ResourceGraph BuildPreviewGraph(ElementReader reader, string project, string stack, List<(string Where, JsonElement State, string Urn)> states)
    {
        var builder = new GraphBuilder(project, stack);
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        var used = new HashSet<string>(StringComparer.Ordinal);
        var checks = new List<(string Where, string Urn, string Name)>();
        foreach (var (where, state, urn) in states)
        {
            var (urnStack, urnProject) = StackAndProject(reader.Source, where + ".urn", urn);
            if (urnStack != stack || urnProject != project)
            {
                throw new GraphImportException(reader.Source, where + ".urn", $"the resource belongs to stack '{urnStack}' of project '{urnProject}', not '{stack}' of '{project}'.", "check one stack's preview at a time.");
            }

            var type = reader.String(state, "type", where);
            if (type == RootStackType)
            {
                continue;
            }

            string? parent = null;
            if (ElementReader.OptionalString(state, "parent") is { } parentUrn && Urn.TypeOf(parentUrn) != RootStackType)
            {
                parent = reader.Known(names, parentUrn, where + ".parent", ShowSamesFix);
            }

            var kind = type.StartsWith("pulumi:providers:", StringComparison.Ordinal) ? NodeKind.Provider
                : state.TryGetProperty("custom", out var custom) && custom.ValueKind == JsonValueKind.False ? NodeKind.Component
                : NodeKind.Custom;
            var provider = ElementReader.OptionalString(state, "provider") is { } reference && reference.LastIndexOf("::", StringComparison.Ordinal) is var cut and > 0
                ? names.GetValueOrDefault(reference[..cut])
                : null;
            var options = ResourceOptions.None with
            {
                Provider = provider,
                Protect = state.TryGetProperty("protect", out var protect) && protect.ValueKind == JsonValueKind.True,
            };

            var name = Urn.NameOf(urn);
            if (!used.Add(name))
            {
                name = $"{name} ({urn.Split("::")[^2]})";
                used.Add(name);
            }
            else
            {
                checks.Add((where, urn, name));
            }

            reader.Add(builder, new ResourceNode(type, name, kind, parent, PreviewInputs(state, names), options), where);
            names[urn] = name;
        }

        var graph = builder.Build();
        foreach (var (where, urn, name) in checks)
        {
            CheckUrn(reader.Source, where, urn, graph.UrnOf(name));
        }

        return graph;
    }

    private static MapValue PreviewInputs(JsonElement state, Dictionary<string, string> names)
    {
        if (!state.TryGetProperty("inputs", out var inputs) || inputs.ValueKind != JsonValueKind.Object)
        {
            return MapValue.Empty;
        }

        var dependencies = state.TryGetProperty("propertyDependencies", out var d) && d.ValueKind == JsonValueKind.Object ? d : default;
        return MapValue.Of(inputs.EnumerateObject().Select(p =>
        {
            var value = PreviewValue(p.Value);
            var sources = dependencies.ValueKind == JsonValueKind.Object && dependencies.TryGetProperty(p.Name, out var urns) && urns.ValueKind == JsonValueKind.Array
                ? urns.EnumerateArray().Select(u => u.GetString()).OfType<string>().Select(names.GetValueOrDefault).OfType<string>().Distinct().ToList()
                : [];
            return (p.Name, (Value?)(sources.Count == 1 ? Link(value, new OutputReference(sources[0], OutputLabel(p.Name)), top: true) : value));
        }));
    }

    // A string input from one resource is that resource's output; unknowns inside lists and maps are too.
    private static Value Link(Value value, OutputReference reference, bool top) => value switch
    {
        StringValue when top => reference,
        StringValue { Value: UnknownValue } => reference,
        ListValue list => new ListValue([.. list.Items.Select(i => Link(i, reference, top: false))]),
        MapValue map => new MapValue(map.Entries.ToImmutableSortedDictionary(e => e.Key, e => Link(e.Value, reference, top: false), StringComparer.Ordinal)),
        _ => value,
    };

    private static string OutputLabel(string input) =>
        input.EndsWith("Arn", StringComparison.Ordinal) || input == "arn" ? "arn"
        : input.EndsWith("Id", StringComparison.Ordinal) || input.EndsWith("Ids", StringComparison.Ordinal) || input == "id" ? "id"
        : "value";

    // Pulumi's own values: no ${...} references in them, so strings stay strings (unlike plan.json).
    private static Value PreviewValue(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String when element.GetString() == SecretString.Mask => new SecretValue(NullValue.Instance),
        JsonValueKind.String => element.GetString() ?? string.Empty,
        JsonValueKind.Array => new ListValue([.. element.EnumerateArray().Select(PreviewValue)]),
        JsonValueKind.Object => MapValue.Of(element.EnumerateObject().Select(p => (p.Name, (Value?)PreviewValue(p.Value)))),
        _ => ValueJson.Read(element),
    };

    private static ResourceOptions ReadPlanOptions(ElementReader reader, JsonElement resource, Dictionary<string, string> names, string where)
    {
        if (!resource.TryGetProperty("options", out var options) || options.ValueKind != JsonValueKind.Object)
        {
            return ResourceOptions.None;
        }

        var fix = "list every node after the nodes it uses, as 'irisstack preview' does";
        return ResourceOptions.None with
        {
            DependsOn = options.TryGetProperty("dependsOn", out var d) && d.ValueKind == JsonValueKind.Array
                ? [.. d.EnumerateArray().Select(u => reader.Known(names, u.GetString() ?? string.Empty, where + ".options.dependsOn", fix))]
                : [],
            Provider = ElementReader.OptionalString(options, "provider") is { } p ? reader.Known(names, p, where + ".options.provider", fix) : null,
            Protect = options.TryGetProperty("protect", out var protect) && protect.ValueKind == JsonValueKind.True,
            IgnoreChanges = options.TryGetProperty("ignoreChanges", out var ic) && ic.ValueKind == JsonValueKind.Array
                ? [.. ic.EnumerateArray().Select(e => e.GetString() ?? string.Empty)]
                : [],
        };
    }

    private static (string Stack, string Project) StackAndProject(string source, string where, string urn)
    {
        const string Prefix = "urn:pulumi:";
        var parts = urn.StartsWith(Prefix, StringComparison.Ordinal) ? urn[Prefix.Length..].Split("::", 4) : [];
        if (parts.Length < 4)
        {
            throw new GraphImportException(source, where, $"'{urn}' is not a Pulumi URN.", "save the output of 'pulumi preview --json' unchanged.");
        }

        return (parts[0], parts[1]);
    }

    private static void CheckUrn(string source, string where, string expected, string actual)
    {
        if (expected != actual)
        {
            throw new GraphImportException(source, where + ".urn", $"the URN '{expected}' does not match the resource's type, name and parents (they give '{actual}').", "write the file again rather than editing it by hand.");
        }
    }

    private static JsonDocument Parse(string json, string source, string fix)
    {
        try
        {
            var document = JsonDocument.Parse(json);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                document.Dispose();
                throw new GraphImportException(source, string.Empty, "the file is not a JSON object.", fix + ".");
            }

            try
            {
                RejectDuplicateKeys(source, document.RootElement, string.Empty);
            }
            catch
            {
                document.Dispose();
                throw;
            }

            return document;
        }
        catch (JsonException e)
        {
            throw new GraphImportException(source, $"line {e.LineNumber + 1}", $"the file is not valid JSON ({e.Message}).", fix + ".");
        }
    }

    // JSON parsers keep both copies of a repeated key (JsonDocument does); which one a reader sees is
    // arbitrary, and the maps built from them reject it, so a file with one is refused up front.
    private static void RejectDuplicateKeys(string source, JsonElement element, string where)
    {
        if (element.ValueKind == JsonValueKind.Array)
        {
            var index = 0;
            foreach (var item in element.EnumerateArray())
            {
                RejectDuplicateKeys(source, item, $"{where}[{index++}]");
            }
        }
        else if (element.ValueKind == JsonValueKind.Object)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var property in element.EnumerateObject())
            {
                var path = where.Length == 0 ? property.Name : $"{where}.{property.Name}";
                if (!seen.Add(property.Name))
                {
                    throw new GraphImportException(source, path, $"the key '{property.Name}' appears more than once in the same object.", "keep one entry per key; the file was probably edited or merged by hand.");
                }

                RejectDuplicateKeys(source, property.Value, path);
            }
        }
    }

    // Field access that names the place of a problem.
    private sealed class ElementReader(string source)
    {
        public string Source => source;

        public string String(JsonElement element, string property, string where) =>
            element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text
                ? text
                : throw new GraphImportException(source, Join(where, property), $"'{property}' is missing or not a non-empty string.", "check that the file is the right kind (irisstack plan.json for --plan, 'pulumi preview --json' output for --pulumi-preview).");

        public static string? OptionalString(JsonElement element, string property) =>
            element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text ? text : null;

        public JsonElement.ArrayEnumerator Array(JsonElement element, string property, string where) =>
            element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.Array
                ? value.EnumerateArray()
                : throw new GraphImportException(source, Join(where, property), $"'{property}' is missing or not an array.", "check that the file is the right kind (irisstack plan.json for --plan, 'pulumi preview --json' output for --pulumi-preview).");

        public string Known(Dictionary<string, string> names, string urn, string where, string fix) =>
            names.TryGetValue(urn, out var name) ? name
                : throw new GraphImportException(source, where, $"'{urn}' is not among the resources before this one.", fix + ".");

        public void Add(GraphBuilder builder, ResourceNode node, string where)
        {
            try
            {
                builder.Add(node);
            }
            catch (InvalidOperationException e)
            {
                throw new GraphImportException(source, where, e.Message, "list every resource once, after the resources it uses.");
            }
        }

        private static string Join(string where, string property) => where.Length == 0 ? property : $"{where}.{property}";
    }
}
