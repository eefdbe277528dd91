namespace IrisStack.Components.Tests.Schema;

/// <summary>One way a node differs from what the provider's schema accepts.</summary>
/// <param name="Node">The node's logical name.</param>
/// <param name="Type">The node's type token.</param>
/// <param name="Path">The input path (<c>ingress[0].fromPort</c>), empty for the node itself.</param>
/// <param name="Message">What is wrong and how to fix it.</param>
public sealed record SchemaViolation(string Node, string Type, string Path, string Message)
{
    /// <inheritdoc />
    public override string ToString() => $"{Node} ({Type}){(Path.Length > 0 ? $" input '{Path}'" : string.Empty)}: {Message}";
}
