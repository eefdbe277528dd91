using IrisStack.Components.Collections;
using IrisStack.Components.Graph;

namespace IrisStack.Components.Plan;

/// <summary>
/// One resource registration exactly as the Pulumi adapter performs it, with every decision
/// already taken: which constructor (<see cref="Kind"/>), which options, which outputs to declare
/// and the inputs in registration form.
/// </summary>
/// <param name="Kind">Custom resource, local component, remote component or provider.</param>
/// <param name="Type">The type token (<c>pulumi:providers:kubernetes</c> for a provider).</param>
/// <param name="Name">The logical name.</param>
/// <param name="Urn">The URN the engine will give it (for messages and checks).</param>
/// <param name="Parent">The parent step's name, if any.</param>
/// <param name="Provider">The provider step's name: the node's own, or the one Pulumi would inherit from its parents.</param>
/// <param name="DependsOn">Names of steps it must wait for beyond its input references.</param>
/// <param name="Protect">Whether Pulumi refuses to delete it.</param>
/// <param name="IgnoreChanges">Input paths whose changes are ignored.</param>
/// <param name="AdditionalSecretOutputs">Outputs to mark secret, as the typed SDK would.</param>
/// <param name="DeclaredOutputs">Outputs other steps or the stack read, beyond <c>id</c> and <c>urn</c>: the adapter declares exactly these.</param>
/// <param name="Inputs">The inputs in registration form (<see cref="RegistrationValues"/>), with the SDK's client-side conversions applied.</param>
/// <param name="JsonEncodedInputs">Inputs that were JSON-encoded into strings, as the typed SDK does.</param>
/// <param name="Version">The provider plugin version of the token's package (<see cref="ProviderVersions"/>), null for our own components.</param>
public sealed record RegistrationStep(
    NodeKind Kind,
    string Type,
    string Name,
    string Urn,
    string? Parent,
    string? Provider,
    EquatableArray<string> DependsOn,
    bool Protect,
    EquatableArray<string> IgnoreChanges,
    EquatableSortedSet<string> AdditionalSecretOutputs,
    EquatableSortedSet<string> DeclaredOutputs,
    EquatableSortedDictionary<string, Value> Inputs,
    EquatableSortedSet<string> JsonEncodedInputs,
    string? Version)
{
    /// <summary>The package of a provider step (<c>kubernetes</c> for <c>pulumi:providers:kubernetes</c>), else null.</summary>
    public string? ProviderPackage => Kind == NodeKind.Provider ? Type["pulumi:providers:".Length..] : null;

    /// <summary>Every step name this step must come after.</summary>
    public IEnumerable<string> Prerequisites =>
        new[] { Parent, Provider }.OfType<string>()
            .Concat(DependsOn)
            .Concat(Inputs.Values.SelectMany(v => v.NodeReferences()))
            .Distinct(StringComparer.Ordinal);
}
