using System.Collections.Immutable;
using IrisStack.Components.Graph;

namespace IrisStack.Components.Cluster;

/// <summary>An IRSA role and its policy attachments: what uses the role waits for both.</summary>
public sealed record IrsaRole(NodeRef Role, ImmutableArray<NodeRef> Attachments)
{
    /// <summary>The node names to depend on before the role's permissions are in place.</summary>
    public IEnumerable<string> Ready => Attachments.Select(a => a.Name);

    /// <inheritdoc />
    public bool Equals(IrsaRole? other) => other is not null && Role == other.Role && Attachments.SequenceEqual(other.Attachments);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Role, Attachments.Length);
}
