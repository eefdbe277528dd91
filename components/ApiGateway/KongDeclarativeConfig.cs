using IrisStack.Components.Graph;

namespace IrisStack.Components.ApiGateway;

/// <summary>A rendered kong.yml in its two forms.</summary>
/// <param name="Masked">The YAML with every secret shown as <c>"[secret]"</c>: what artifacts and plans show, and what the validator reads.</param>
/// <param name="Value">The YAML as a graph value: literal parts and each secret as a <see cref="SecretValue"/>, for the Kubernetes Secret.</param>
public sealed record KongDeclarativeConfig(string Masked, Value Value);
