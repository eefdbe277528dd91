namespace IrisStack.Components.Cluster;

/// <summary>
/// The Pod Security Admission level a tier namespace enforces. There is deliberately no
/// <c>privileged</c> member: no tier may run privileged pods.
/// </summary>
public enum PodSecurityLevel
{
    /// <summary>The hardened profile: non-root, no privilege escalation, all capabilities dropped, seccomp RuntimeDefault.</summary>
    Restricted,

    /// <summary>Blocks known privilege escalations (host namespaces, privileged containers, hostPath) but not root or capabilities.</summary>
    Baseline,
}
