using System.Collections.Immutable;
using System.Globalization;
using IrisStack.Components.Graph;
using IrisStack.Components.Plan;
using Pulumi;

namespace IrisStack.Infra;

/// <summary>
/// Registers a <see cref="RegistrationPlan"/> with the Pulumi engine, step by step, without
/// deciding anything: each step maps onto one SDK constructor and each engine value onto one
/// SDK construct.
/// </summary>
internal sealed class Registrar
{
    private readonly Dictionary<string, Resource> resources = new(StringComparer.Ordinal);
    private readonly OutputTypes outputTypes = new();

    /// <summary>Registers every step in order and returns the stack outputs.</summary>
    public IDictionary<string, object?> Register(RegistrationPlan plan)
    {
        foreach (var step in plan.Steps)
        {
            resources[step.Name] = Register(step);
        }

        foreach (var component in resources.Values.OfType<LocalComponent>())
        {
            component.Complete();
        }

        return plan.Outputs.ToDictionary(o => o.Key, o => ToInput(o.Value), StringComparer.Ordinal);
    }

    private Resource Register(RegistrationStep step)
    {
        var args = new DictionaryResourceArgs(step.Inputs.ToImmutableDictionary(i => i.Key, i => ToInput(i.Value), StringComparer.Ordinal));
        var parent = step.Parent is null ? null : resources[step.Parent];
        var provider = step.Provider is null ? null : (ProviderResource)resources[step.Provider];
        var dependsOn = step.DependsOn.Select(name => resources[name]).ToArray();
        switch (step.Kind)
        {
            case NodeKind.Custom:
            case NodeKind.Provider:
                var options = new CustomResourceOptions
                {
                    Parent = parent,
                    Provider = provider,
                    DependsOn = dependsOn,
                    Protect = step.Protect,
                    IgnoreChanges = [.. step.IgnoreChanges],
                    AdditionalSecretOutputs = [.. step.AdditionalSecretOutputs],
                    Version = step.Version,
                };
                return step.Kind == NodeKind.Provider
                    ? new ProviderResource(step.ProviderPackage!, step.Name, args, options)
                    : step.DeclaredOutputs.IsEmpty
                        ? new CustomResource(step.Type, step.Name, args, options)
                        : outputTypes.Custom(step.Type, step.Name, args, options, step.DeclaredOutputs);
            case NodeKind.Component:
            case NodeKind.RemoteComponent:
                var componentOptions = new ComponentResourceOptions
                {
                    Parent = parent,
                    Provider = provider,
                    DependsOn = dependsOn,
                    Protect = step.Protect,
                    IgnoreChanges = [.. step.IgnoreChanges],
                    Version = step.Version,
                };
                return step.Kind == NodeKind.Component
                    ? new LocalComponent(step.Type, step.Name, componentOptions)
                    : step.DeclaredOutputs.IsEmpty
                        ? new ComponentResource(step.Type, step.Name, args, componentOptions, remote: true)
                        : outputTypes.Remote(step.Type, step.Name, args, componentOptions, step.DeclaredOutputs);
            default:
                throw new ArgumentOutOfRangeException(nameof(step), step.Kind, "Unknown node kind.");
        }
    }

    // Values the SDK serializes: scalars, ImmutableArray, ImmutableDictionary and Output<object?>.
    private object? ToInput(EngineValue value) => value switch
    {
        EngineScalar scalar => scalar.Value,
        EngineList list => list.Items.Select(ToInput).ToImmutableArray(),
        EngineMap map => map.Entries.ToImmutableDictionary(e => e.Key, e => ToInput(e.Value), StringComparer.Ordinal),
        EngineReference reference => OutputOf(reference),
        EngineSecret secret => Output.CreateSecret<object?>(ToOutput(secret.Inner)),
        EngineFormat format => Output.All(format.Parts.Select(ToOutput).ToList())
            .Apply(parts => (object?)string.Concat(parts.Select(p => Convert.ToString(p, CultureInfo.InvariantCulture)))),
        _ => throw new ArgumentOutOfRangeException(nameof(value), value, "Unknown engine value."),
    };

    private Output<object?> ToOutput(EngineValue value) => ToInput(value) switch
    {
        Output<object?> output => output,
        var plain => Output.Create(plain),
    };

    private Output<object?> OutputOf(EngineReference reference)
    {
        var resource = resources[reference.Node];
        return reference.Output switch
        {
            "urn" => resource.Urn.Apply(urn => (object?)urn),
            "id" => ((CustomResource)resource).Id.Apply(id => (object?)id),
            _ => OutputTypes.Read(resource, reference.Output),
        };
    }
}
