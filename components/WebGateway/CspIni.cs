using IrisStack.Components.Graph;

namespace IrisStack.Components.WebGateway;

/// <summary>A rendered CSP.ini in its two forms.</summary>
/// <param name="Masked">The text with every password shown as <c>[secret]</c>: what artifacts and plans show.</param>
/// <param name="Value">The text as a graph value: literal parts and the password as a <see cref="SecretValue"/>, for the Kubernetes Secret.</param>
public sealed record CspIni(string Masked, Value Value);
