using IrisStack.Components.Aws;
using IrisStack.Components.Graph;
using IrisStack.Components.Kubernetes;

namespace IrisStack.Components.Cluster;

/// <summary>
/// The default StorageClass: gp3 through the EBS CSI driver, encrypted with the cluster's CMK
/// (<c>kmsKeyId</c>, which the published reference forgets, leaving the AWS-managed key), bound
/// when a pod is scheduled so the volume lands in the pod's zone, expandable. EKS creates a
/// <c>gp2</c> class of its own (in-tree, unencrypted, marked default on older clusters); a
/// server-side-apply patch takes its default mark off, so only the encrypted class is default.
/// Every volume it provisions carries <see cref="BackupSelectionTag"/>, which the stack's backup
/// selection picks.
/// </summary>
internal static class ClusterStorage
{
    /// <summary>The annotation that makes a StorageClass the default.</summary>
    public const string DefaultClassAnnotation = "storageclass.kubernetes.io/is-default-class";

    /// <summary>The class EKS creates.</summary>
    public const string EksDefaultClass = "gp2";

    public static void Add(ClusterScope scope, NodeRef provider, NodeRef key, NodeRef ebsCsi)
    {
        var spec = scope.Config.Storage;
        var backupTag = BackupSelectionTag.StorageClassParameter(scope.Context);
        KubernetesObjects.Add(scope.Graph, scope.Name("storageclass"), "storage.k8s.io/v1", "StorageClass",
            KubernetesObjects.Metadata(spec.ClassName,
                labels: KubernetesLabels.Standard(scope.Context),
                annotations: new Dictionary<string, string> { [DefaultClassAnnotation] = "true" }),
            MapValue.Of(
                ("provisioner", "ebs.csi.aws.com"),
                ("parameters", MapValue.Of(
                    ("type", "gp3"),
                    ("encrypted", "true"),
                    ("kmsKeyId", key.Arn),
                    ("csi.storage.k8s.io/fstype", "ext4"),
                    backupTag)),
                ("reclaimPolicy", spec.ReclaimPolicy switch
                {
                    StorageReclaimPolicy.Retain => "Retain",
                    StorageReclaimPolicy.Delete => "Delete",
                    _ => throw new ArgumentOutOfRangeException(nameof(scope), spec.ReclaimPolicy, "Unknown reclaim policy."),
                }),
                ("volumeBindingMode", "WaitForFirstConsumer"),
                ("allowVolumeExpansion", true)),
            scope.Component.Name, provider.Name, [ebsCsi.Name]);

        KubernetesObjects.AddPatch(scope.Graph, scope.Name("gp2-not-default"), "storage.k8s.io/v1", "StorageClass",
            KubernetesObjects.Metadata(EksDefaultClass, annotations: new Dictionary<string, string>
            {
                [DefaultClassAnnotation] = "false",
                // EKS owns the field through another field manager; force takes it over.
                ["pulumi.com/patchForce"] = "true",
            }),
            MapValue.Empty, scope.Component.Name, provider.Name, [ebsCsi.Name]);
    }
}
