using System.Collections.Immutable;
using IrisStack.Components.Graph;

namespace IrisStack.Policies.Rules.Cluster;

/// <summary>EBS StorageClasses encrypt volumes with a customer-managed KMS key.</summary>
public sealed class StorageClassEncrypted : ResourcePolicy
{
    /// <inheritdoc />
    public override string Id => "k8s-storageclass-encrypted-cmk";

    /// <inheritdoc />
    public override string Description => "Every EBS StorageClass sets parameters.encrypted \"true\" and a kmsKeyId (a customer-managed key).";

    /// <inheritdoc />
    public override string Rationale => "Persistent volumes hold the IRIS databases and journals; encrypted \"true\" alone uses the AWS-managed key, which the account cannot restrict or audit per use (the published reference forgets kmsKeyId).";

    /// <inheritdoc />
    public override string Layer => "cluster";

    /// <inheritdoc />
    public override ImmutableArray<string> PeerIds => ["C-0264"];

    /// <inheritdoc />
    public override ImmutableHashSet<string> ResourceTypes => [ClusterTypes.StorageClass];

    /// <inheritdoc />
    /// <remarks>Other provisioners (EFS, ...) encrypt at the file system, which their own resources carry.</remarks>
    protected override bool AppliesTo(ResourceNode node) =>
        ClusterTypes.Text(node, "provisioner") is { } provisioner && ClusterTypes.EbsProvisioners.Contains(provisioner);

    /// <inheritdoc />
    protected override IEnumerable<Finding> Check(ResourceNode node, PolicyContext context)
    {
        if (node.Input("parameters.encrypted") is not StringValue { Value: "true" })
        {
            yield return Violation(node, "parameters.encrypted", "Volumes of this class are not encrypted.", "Set parameters.encrypted: \"true\" (a string).");
        }

        if (!ClusterTypes.IsSet(node.Input("parameters.kmsKeyId")))
        {
            yield return Violation(node, "parameters.kmsKeyId", "Volumes of this class use the AWS-managed EBS key, not a customer-managed one.", "Set parameters.kmsKeyId to the CMK's ARN.");
        }
    }
}
