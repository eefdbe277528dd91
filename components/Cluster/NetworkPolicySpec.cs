using IrisStack.Components.Graph;

namespace IrisStack.Components.Cluster;

/// <summary>A planned NetworkPolicy: where it lives, its name and its <c>spec</c> (Kubernetes field names).</summary>
/// <param name="Namespace">The namespace it applies to.</param>
/// <param name="Name">Its name.</param>
/// <param name="Spec">The <c>spec</c> object.</param>
public sealed record NetworkPolicySpec(string Namespace, string Name, MapValue Spec);
