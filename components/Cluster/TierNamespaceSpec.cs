namespace IrisStack.Components.Cluster;

/// <summary>A tier group's namespace and the Pod Security level it enforces, with the reason for that level.</summary>
/// <param name="Group">The tier group.</param>
/// <param name="Name">The namespace name.</param>
/// <param name="PodSecurity">The enforced Pod Security Admission level (warn and audit are always restricted).</param>
/// <param name="Reason">Why this level, recorded on the namespace as an annotation.</param>
public sealed record TierNamespaceSpec(TierGroup Group, string Name, PodSecurityLevel PodSecurity, string Reason);
