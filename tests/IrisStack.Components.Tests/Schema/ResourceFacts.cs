using System.Collections.Immutable;

namespace IrisStack.Components.Tests.Schema;

/// <summary>What the facts say about one type token.</summary>
/// <param name="Type">The token (or token pattern).</param>
/// <param name="Inputs">Input properties by wire name.</param>
/// <param name="Outputs">Output names (id and urn are implied).</param>
/// <param name="Nested">Nested object shapes by name.</param>
/// <param name="IsComponent">A multi-language component: registered remote.</param>
/// <param name="IsInvoke">A function (data source), not a resource.</param>
/// <param name="SdkSetsInputs">Inputs the typed SDK sets to constants.</param>
/// <param name="SecretOutputs">Outputs the typed SDK marks secret.</param>
/// <param name="Deprecated">The SDK's deprecation message, if any.</param>
public sealed record ResourceFacts(
    string Type,
    ImmutableSortedDictionary<string, PropertyFacts> Inputs,
    ImmutableSortedSet<string> Outputs,
    ImmutableSortedDictionary<string, ImmutableSortedDictionary<string, PropertyFacts>> Nested,
    bool IsComponent,
    bool IsInvoke,
    ImmutableSortedDictionary<string, string> SdkSetsInputs,
    ImmutableSortedSet<string> SecretOutputs,
    string? Deprecated);
