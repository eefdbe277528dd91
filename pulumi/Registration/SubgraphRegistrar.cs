using System.Collections.Immutable;
using System.Globalization;
using IrisStack.Components.Graph;
using IrisStack.Components.Plan;
using Pulumi;

namespace IrisStack.Pulumi.Registration;

/// <summary>
/// Registers one component's subgraph with the Pulumi engine, step by step, without deciding
/// anything: the root step is the component itself, each other step maps onto one SDK
/// constructor, each value onto one SDK construct, and each external input or resource onto the
/// <c>Input</c> or resource the component was given.
/// </summary>
internal sealed class SubgraphRegistrar
{
    private readonly Dictionary<string, Resource> resources = new(StringComparer.Ordinal);
    private readonly IReadOnlyDictionary<string, Output<object?>> inputs;
    private readonly OutputTypes outputTypes = new();

    /// <summary>A registrar whose root step is <paramref name="root"/>, binding what the component was given.</summary>
    public SubgraphRegistrar(ComponentResource root, string rootName, ComponentBindings bindings)
    {
        resources[rootName] = root;
        foreach (var (name, resource) in bindings.Resources)
        {
            resources[name] = resource;
        }

        inputs = bindings.Inputs;
    }

    /// <summary>The resource registered (or bound) under a step's name.</summary>
    public Resource this[string name] => resources.TryGetValue(name, out var resource) ? resource
        : throw new KeyNotFoundException($"No resource named '{name}' was registered or given.");

    /// <summary>Whether every node a value references is one this registrar knows.</summary>
    public bool Knows(Value value) => value.NodeReferences().All(resources.ContainsKey);

    /// <summary>Registers every step but the root, in order.</summary>
    public void Register(RegistrationPlan plan)
    {
        var missing = plan.ExternalResources.FirstOrDefault(r => !resources.ContainsKey(r));
        if (missing is not null)
        {
            throw new InvalidOperationException($"The subgraph names the external resource '{missing}', which the component was not given.");
        }

        foreach (var step in plan.Steps.Where(s => !resources.ContainsKey(s.Name)))
        {
            resources[step.Name] = Register(step);
        }

        foreach (var component in resources.Values.OfType<LocalComponent>())
        {
            component.Complete();
        }
    }

    /// <summary>A value as an output, every reference, external input and secret resolved (for component outputs).</summary>
    public Output<object?> ToOutput(Value value) => value switch
    {
        ListValue list => Output.All(list.Items.Select(ToOutput)).Apply(items => (object?)items),
        MapValue map => Output.All(map.Entries.Values.Select(ToOutput))
            .Apply(values => (object?)map.Entries.Keys.Zip(values).ToImmutableDictionary(p => p.First, p => p.Second, StringComparer.Ordinal)),
        _ => ToInput(value) switch
        {
            Output<object?> output => output,
            var plain => Output.Create(plain),
        },
    };

    private Resource Register(RegistrationStep step)
    {
        var args = new DictionaryResourceArgs(step.Inputs.ToImmutableDictionary(i => i.Key, i => ToInput(i.Value), StringComparer.Ordinal));
        switch (step.Kind)
        {
            case NodeKind.Custom:
            case NodeKind.Provider:
                var options = Options<CustomResourceOptions>(step);
                options.AdditionalSecretOutputs = [.. step.AdditionalSecretOutputs];
                return step.Kind == NodeKind.Provider
                    ? new ProviderResource(step.ProviderPackage!, step.Name, args, options)
                    : step.DeclaredOutputs.IsEmpty
                        ? new CustomResource(step.Type, step.Name, args, options)
                        : outputTypes.Custom(step.Type, step.Name, args, options, step.DeclaredOutputs);
            case NodeKind.Component:
            case NodeKind.RemoteComponent:
                var componentOptions = Options<ComponentResourceOptions>(step);
                return step.Kind == NodeKind.Component
                    ? new LocalComponent(step.Type, step.Name, componentOptions)
                    : step.DeclaredOutputs.IsEmpty
                        ? new ComponentResource(step.Type, step.Name, args, componentOptions, remote: true)
                        : outputTypes.Remote(step.Type, step.Name, args, componentOptions, step.DeclaredOutputs);
            default:
                throw new ArgumentOutOfRangeException(nameof(step), step.Kind, "Unknown node kind.");
        }
    }

    // The options every kind of step carries, on the options class its constructor takes.
    private TOptions Options<TOptions>(RegistrationStep step)
        where TOptions : global::Pulumi.ResourceOptions, new() => new()
        {
            Parent = step.Parent is null ? null : this[step.Parent],
            Provider = step.Provider is null ? null : (ProviderResource)this[step.Provider],
            DependsOn = [.. step.DependsOn.Select(name => this[name])],
            // Unset unless the layer protects it, so a child inherits the component's protect as any Pulumi child does.
            Protect = step.Protect ? true : null,
            IgnoreChanges = [.. step.IgnoreChanges],
            Version = step.Version,
        };

    // Values the SDK serializes: scalars, ImmutableArray, ImmutableDictionary, Resource (as a resource reference) and Output<object?>.
    private object? ToInput(Value value) => value switch
    {
        NullValue => null,
        BoolValue b => b.Value,
        NumberValue n => n.Value,
        StringValue s => s.Value,
        ListValue list => list.Items.Select(ToInput).ToImmutableArray(),
        MapValue map => map.Entries.ToImmutableDictionary(e => e.Key, e => ToInput(e.Value), StringComparer.Ordinal),
        OutputReference reference => OutputOf(reference),
        ResourceReference reference => this[reference.Node],
        ExternalInput external => inputs.TryGetValue(external.Name, out var input) ? input
            : throw new InvalidOperationException($"The subgraph uses the input '{external.Name}', which the component was not given."),
        SecretValue secret => Output.CreateSecret(ToOutput(secret.Inner)),
        InterpolationValue format => Output.All(format.Parts.Select(ToOutput).ToList())
            .Apply(parts => (object?)string.Concat(parts.Select(p => Convert.ToString(p, CultureInfo.InvariantCulture)))),
        _ => throw new ArgumentOutOfRangeException(nameof(value), value, "Unknown value kind."),
    };

    private Output<object?> OutputOf(OutputReference reference)
    {
        var resource = this[reference.Node];
        return reference.Output switch
        {
            "urn" => resource.Urn.Apply(urn => (object?)urn),
            "id" => ((CustomResource)resource).Id.Apply(id => (object?)id),
            _ => OutputTypes.Read(resource, reference.Output),
        };
    }
}
