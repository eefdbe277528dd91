using IrisStack.Components.Collections;

namespace IrisStack.Components.Data.Pki;

/// <summary>Where the PKI's Kubernetes Secrets go: the provider, what they wait for, their labels.</summary>
/// <param name="Provider">The Kubernetes provider the Secrets name (null: the component's).</param>
/// <param name="DependsOn">Nodes the Secrets depend on (the IRIS namespace).</param>
/// <param name="Labels">The labels every Secret carries.</param>
public sealed record PkiSecretPlacement(string? Provider, EquatableArray<string> DependsOn, EquatableSortedDictionary<string, string> Labels);
