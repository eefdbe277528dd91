namespace IrisStack.Components.Data.Cluster;

/// <summary>What the IrisCluster names besides its own settings: objects the data layer creates next to it and the cluster's storage and nodes.</summary>
/// <param name="ConfigSource">The ConfigMap holding common.cpf, data.cpf and compute.cpf.</param>
/// <param name="StorageClassName">The encrypted StorageClass every IRIS volume is allocated from.</param>
/// <param name="LicenseKeySecret">The Secret holding iris.key, when the stack has a license key.</param>
/// <param name="ImagePullSecret">The docker-registry Secret for containers.intersystems.com, if any.</param>
/// <param name="TlsCommonSecret">The Secret (tls.crt, tls.key, ca.pem) for every TLS feature, if any.</param>
/// <param name="TlsMirrorSecret">The Secret for mirroring, when it differs from the common one.</param>
/// <param name="ServiceAccountName">The ServiceAccount the data and compute pods run as (the export bucket's IRSA one), or null for IKO's choice.</param>
/// <param name="DedicatedNodes">Whether the cluster has a node group dedicated to IRIS (labelled and tainted), which the pods then select and tolerate.</param>
public sealed record IrisClusterRefs(
    string ConfigSource,
    string StorageClassName,
    string? LicenseKeySecret = null,
    string? ImagePullSecret = null,
    string? TlsCommonSecret = null,
    string? TlsMirrorSecret = null,
    bool DedicatedNodes = false,
    string? ServiceAccountName = null);
