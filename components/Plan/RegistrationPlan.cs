using System.Collections.Immutable;
using IrisStack.Components.Collections;
using IrisStack.Components.Graph;

namespace IrisStack.Components.Plan;

/// <summary>
/// The ordered registrations that put one stack (or one component's subgraph) into the Pulumi
/// engine, plus its outputs and the resources outside it that steps name in their options.
/// Everything the Pulumi adapter would otherwise have to decide is decided here, where it is
/// tested: the order, each node's effective provider, the outputs to declare, and the
/// client-side conversions the typed SDKs do (<see cref="SdkParity"/>). The adapter then only
/// maps each <see cref="RegistrationStep"/> onto one SDK constructor.
/// </summary>
public sealed record RegistrationPlan(string Project, string Stack, EquatableArray<RegistrationStep> Steps, EquatableSortedDictionary<string, Value> Outputs, EquatableArray<string> ExternalResources)
{
    private static readonly ImmutableHashSet<string> BuiltInOutputs = ["id", "urn"];

    /// <summary>The step of that name.</summary>
    public RegistrationStep this[string name] => Steps.FirstOrDefault(s => s.Name == name) ?? throw new KeyNotFoundException($"No step named '{name}'.");

    /// <summary>
    /// Plans the registration of a graph and its stack outputs. Throws
    /// <see cref="InvalidOperationException"/> naming the node when the graph asks for something
    /// the engine cannot do (a provider of another package, an output a component does not have,
    /// a JSON-encoded input that holds a reference, an input that contradicts its type token).
    /// </summary>
    public static RegistrationPlan Create(ResourceGraph graph, IEnumerable<StackOutput> outputs)
    {
        var stackOutputs = ImmutableSortedDictionary.CreateBuilder<string, Value>(StringComparer.Ordinal);
        foreach (var output in outputs)
        {
            if (!stackOutputs.TryAdd(output.Name, RegistrationValues.Normalize(output.Value)))
            {
                throw new InvalidOperationException($"Stack output '{output.Name}' is exported twice.");
            }
        }

        var declared = DeclaredOutputs(graph, stackOutputs.Values);
        var providerScopes = new Dictionary<string, ImmutableDictionary<string, string>>(StringComparer.Ordinal);
        var steps = Order(graph.Nodes, n => n.Name, n => Prerequisites(n).Where(p => !graph.IsExternal(p))).Select(node =>
        {
            var inherited = node.Parent is null ? ImmutableDictionary<string, string>.Empty : providerScopes[node.Parent];
            var (provider, scope) = Provider(graph, node, inherited);
            providerScopes[node.Name] = scope;
            var (inputs, json) = Inputs(node);
            return new RegistrationStep(
                node.Kind, node.Type, node.Name, graph.UrnOf(node), node.Parent, provider,
                node.Options.DependsOn, node.Options.Protect, node.Options.IgnoreChanges,
                node.Kind == NodeKind.Custom ? SdkParity.For(SdkParity.SecretOutputs, node.Type) : [],
                declared.GetValueOrDefault(node.Name) ?? ImmutableSortedSet<string>.Empty.WithComparer(StringComparer.Ordinal),
                inputs, json, ProviderVersions.For(node.Type));
        }).ToImmutableArray();

        return new RegistrationPlan(graph.Project, graph.Stack, steps, stackOutputs.ToImmutable(), graph.ExternalResources);
    }

    private static Dictionary<string, ImmutableSortedSet<string>> DeclaredOutputs(ResourceGraph graph, IEnumerable<Value> stackOutputs)
    {
        var references = graph.Nodes.SelectMany(n => n.Inputs.References()).Select(r => (r.Node, r.Output))
            .Concat(stackOutputs.SelectMany(v => v.References()).Select(r => (r.Node, r.Output)));
        var result = new Dictionary<string, ImmutableSortedSet<string>>(StringComparer.Ordinal);
        foreach (var group in references.GroupBy(r => r.Node, StringComparer.Ordinal))
        {
            var node = graph.Find(group.Key) ?? throw new InvalidOperationException($"An output of '{group.Key}' is referenced, but the graph has no such node.");
            var names = group.Select(r => r.Output).ToImmutableSortedSet(StringComparer.Ordinal);
            // A local component has no outputs, a provider only id and urn, a component no id.
            var bad = node.Kind switch
            {
                NodeKind.Component => names.FirstOrDefault(n => n != "urn"),
                NodeKind.Provider => names.FirstOrDefault(n => !BuiltInOutputs.Contains(n)),
                NodeKind.RemoteComponent => names.FirstOrDefault(n => n == "id"),
                _ => null,
            };
            if (bad is not null)
            {
                throw new InvalidOperationException(
                    $"'{node.Name}' ({node.Type}) is a {node.Kind} and has no output '{bad}'; reference an output of one of its children instead.");
            }

            result[node.Name] = names.Except(BuiltInOutputs);
        }

        return result;
    }

    // Pulumi gives a custom resource without an explicit provider the one its ancestors carry for
    // its package; planning that here shows the real provider of every resource.
    private static (string? Provider, ImmutableDictionary<string, string> Scope) Provider(
        ResourceGraph graph, ResourceNode node, ImmutableDictionary<string, string> inherited)
    {
        var explicitProvider = node.Options.Provider;
        if (explicitProvider is not null && graph.IsExternal(explicitProvider))
        {
            // A provider the component was given: the SDK checks its package when it registers it.
            return (explicitProvider, inherited.SetItem(ProviderVersions.PackageOf(node.Type), explicitProvider));
        }

        if (explicitProvider is not null && graph[explicitProvider].Kind != NodeKind.Provider)
        {
            throw new InvalidOperationException($"'{node.Name}' names '{explicitProvider}' as its provider, but that node is not a provider.");
        }

        var package = node.Type.Split(':')[0];
        var providerPackage = explicitProvider is null ? null : graph[explicitProvider].Type["pulumi:providers:".Length..];
        switch (node.Kind)
        {
            case NodeKind.Custom when explicitProvider is not null && providerPackage != package:
                throw new InvalidOperationException(
                    $"'{node.Name}' ({node.Type}) names the {providerPackage} provider '{explicitProvider}'; a {package} resource needs a {package} provider.");
            case NodeKind.Custom when explicitProvider is not null:
                return (explicitProvider, inherited.SetItem(package, explicitProvider));
            case NodeKind.Custom:
                return (inherited.GetValueOrDefault(package), inherited);
            case NodeKind.Component or NodeKind.RemoteComponent when explicitProvider is not null:
                return (explicitProvider, inherited.SetItem(providerPackage!, explicitProvider));
            case NodeKind.Component or NodeKind.RemoteComponent:
                return (null, inherited);
            case NodeKind.Provider:
                return (null, inherited);
            default:
                throw new ArgumentOutOfRangeException(nameof(node), node.Kind, "Unknown node kind.");
        }
    }

    private static (ImmutableSortedDictionary<string, Value> Inputs, ImmutableSortedSet<string> Json) Inputs(ResourceNode node)
    {
        var inputs = node.Inputs.Entries.ToImmutableSortedDictionary(e => e.Key, e => RegistrationValues.Normalize(e.Value), StringComparer.Ordinal).ToBuilder();
        if (node.Kind == NodeKind.Custom)
        {
            foreach (var (key, constant) in SdkParity.ConstantInputs(node.Type))
            {
                var given = node.Inputs[key];
                if (given is not null && given != new StringValue(constant))
                {
                    throw new InvalidOperationException(
                        $"'{node.Name}' ({node.Type}): input '{key}' is '{given}', but the type token requires '{constant}'. Set it to '{constant}' or change the type.");
                }

                inputs[key] = new StringValue(constant);
            }

            foreach (var key in SdkParity.For(SdkParity.SecretInputs, node.Type).Where(inputs.ContainsKey))
            {
                inputs[key] = inputs[key] is SecretValue secret ? secret : new SecretValue(inputs[key]);
            }
        }

        var json = SdkParity.For(SdkParity.JsonInputs, node.Type).Where(inputs.ContainsKey).ToImmutableSortedSet(StringComparer.Ordinal);
        foreach (var key in json)
        {
            inputs[key] = RegistrationValues.JsonEncoded(inputs[key], $"'{node.Name}' ({node.Type}) input '{key}'");
        }

        return (inputs.ToImmutable(), json);
    }

    private static IEnumerable<string> Prerequisites(ResourceNode node) =>
        new[] { node.Parent, node.Options.Provider }.OfType<string>()
            .Concat(node.Options.DependsOn)
            .Concat(node.Inputs.NodeReferences());

    // Stable topological order: graph order wherever it already satisfies every prerequisite;
    // an inherited provider is an ancestor's, so parents first covers it.
    private static ImmutableArray<T> Order<T>(ImmutableArray<T> items, Func<T, string> name, Func<T, IEnumerable<string>> prerequisites)
    {
        var index = items.Select((s, i) => (Name: name(s), i)).ToDictionary(p => p.Name, p => p.i, StringComparer.Ordinal);
        var waitingOn = items.Select(s => prerequisites(s).Select(p => index.TryGetValue(p, out var i) ? i
            : throw new InvalidOperationException($"'{name(s)}' needs '{p}', which is not in the graph.")).ToHashSet()).ToArray();
        var done = new bool[items.Length];
        var ordered = ImmutableArray.CreateBuilder<T>(items.Length);
        while (ordered.Count < items.Length)
        {
            var next = Enumerable.Range(0, items.Length).FirstOrDefault(i => !done[i] && waitingOn[i].All(p => done[p]), -1);
            if (next < 0)
            {
                var stuck = items.Where((_, i) => !done[i]).Select(name);
                throw new InvalidOperationException($"The graph has a dependency cycle among: {string.Join(", ", stuck)}.");
            }

            done[next] = true;
            ordered.Add(items[next]);
        }

        return ordered.MoveToImmutable();
    }
}
