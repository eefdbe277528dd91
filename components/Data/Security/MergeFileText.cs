using IrisStack.Components.Graph;

namespace IrisStack.Components.Data.Security;

/// <summary>A rendered merge file in its two forms.</summary>
/// <param name="Masked">The text with every password hash shown as <c>[secret]</c>: what artifacts and plans show.</param>
/// <param name="Value">The text as a graph value: literal parts and each hash as a <see cref="SecretValue"/>.</param>
public sealed record MergeFileText(string Masked, Value Value);
