using System.Collections.Immutable;

namespace IrisStack.Components.Kubernetes;

/// <summary>
/// Which kinds are cluster-scoped (the API server ignores a namespace on them). Every other kind,
/// custom resources such as <c>IrisCluster</c> included, is namespaced and lands in <c>default</c>
/// when its metadata names no namespace.
/// </summary>
public static class KubernetesScopes
{
    /// <summary>The namespace a namespaced object without <c>metadata.namespace</c> is created in.</summary>
    public const string DefaultNamespace = "default";

    /// <summary>Built-in cluster-scoped kinds.</summary>
    public static readonly ImmutableHashSet<string> ClusterScopedKinds = ImmutableHashSet.Create(
        StringComparer.Ordinal,
        "Namespace", "Node", "PersistentVolume", "StorageClass", "CSIDriver", "CSINode", "VolumeAttachment",
        "ClusterRole", "ClusterRoleBinding", "CustomResourceDefinition", "APIService", "IngressClass",
        "PriorityClass", "RuntimeClass", "MutatingWebhookConfiguration", "ValidatingWebhookConfiguration",
        "ValidatingAdmissionPolicy", "ValidatingAdmissionPolicyBinding", "CertificateSigningRequest",
        "FlowSchema", "PriorityLevelConfiguration");

    /// <summary>Whether objects of the kind live in a namespace.</summary>
    public static bool IsNamespaced(string kind) => !ClusterScopedKinds.Contains(kind);
}
