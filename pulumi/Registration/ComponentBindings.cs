using Pulumi;

namespace IrisStack.Pulumi.Registration;

/// <summary>
/// What a component was given, by the names its subgraph uses: the values of its external inputs
/// (<c>network.vpcId</c>) and the resources behind its external resources (<c>cluster.kubernetesProvider</c>).
/// </summary>
/// <param name="Inputs">External input name to value.</param>
/// <param name="Resources">External resource name to resource.</param>
internal sealed record ComponentBindings(IReadOnlyDictionary<string, Output<object?>> Inputs, IReadOnlyDictionary<string, Resource> Resources)
{
    /// <summary>Nothing given.</summary>
    public static ComponentBindings None { get; } = new(new Dictionary<string, Output<object?>>(), new Dictionary<string, Resource>());

    /// <summary>These bindings and <paramref name="other"/>'s.</summary>
    public ComponentBindings With(ComponentBindings other) => new(
        Inputs.Concat(other.Inputs).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal),
        Resources.Concat(other.Resources).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal));
}
