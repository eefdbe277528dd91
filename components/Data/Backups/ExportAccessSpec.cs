using IrisStack.Components.Graph;

namespace IrisStack.Components.Data.Backups;

/// <summary>Where the export access goes and what it may reach.</summary>
/// <param name="Bucket">The export bucket.</param>
/// <param name="Key">The bucket's key.</param>
/// <param name="Prefix">The key prefix the pods may use (ends with <c>/</c>).</param>
/// <param name="Namespace">The IRIS namespace.</param>
/// <param name="ServiceAccountName">The ServiceAccount the IRIS pods run as.</param>
/// <param name="Labels">The ServiceAccount's labels.</param>
/// <param name="OidcProviderArn">The cluster's IAM OIDC provider.</param>
/// <param name="OidcIssuer">The cluster's OIDC issuer without <c>https://</c>.</param>
/// <param name="KubernetesProvider">The Kubernetes provider node, or null to inherit the component's.</param>
/// <param name="NamespaceNodes">The node that creates the namespace, when the graph has it.</param>
/// <param name="MountApiToken">Whether the ServiceAccount mounts a Kubernetes API token.</param>
public sealed record ExportAccessSpec(
    NodeRef Bucket,
    NodeRef Key,
    string Prefix,
    string Namespace,
    string ServiceAccountName,
    IReadOnlyDictionary<string, string> Labels,
    Value OidcProviderArn,
    Value OidcIssuer,
    string? KubernetesProvider,
    IReadOnlyList<string> NamespaceNodes,
    bool MountApiToken);
