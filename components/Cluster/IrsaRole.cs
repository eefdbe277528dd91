using IrisStack.Components.Collections;
using IrisStack.Components.Graph;

namespace IrisStack.Components.Cluster;

/// <summary>An IRSA role and its policy attachments: what uses the role waits for both.</summary>
public sealed record IrsaRole(NodeRef Role, EquatableArray<NodeRef> Attachments)
{
    /// <summary>The node names to depend on before the role's permissions are in place.</summary>
    public IEnumerable<string> Ready => Attachments.Select(a => a.Name);
}
