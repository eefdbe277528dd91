using System.Collections.Immutable;
using IrisStack.Components.Graph;

namespace IrisStack.Policies.Rules.Cluster;

/// <summary>
/// Every EBS volume a stack declares is encrypted with a customer-managed key: standalone volumes
/// and each EBS mapping of every launch template, whoever uses the template.
/// </summary>
public sealed class EbsVolumeEncrypted : ResourcePolicy
{
    /// <inheritdoc />
    public override string Id => "ebs-volume-encrypted";

    /// <inheritdoc />
    public override string Description => "Every EBS volume and every EBS mapping of a launch template sets encrypted true and a kmsKeyId (a customer-managed key).";

    /// <inheritdoc />
    public override string Rationale => "Volumes hold databases, journals, container images and logs; without encrypted true they depend on the account's encryption-by-default setting, and without kmsKeyId they use the AWS-managed key, which the account cannot restrict or audit per use.";

    /// <inheritdoc />
    public override string Layer => "cluster";

    /// <inheritdoc />
    public override ImmutableArray<string> PeerIds =>
        ["CKV_AWS_3", "CKV_AWS_189", "AwsSolutions-EC26", "aws-ec2-launchtemplate-disallow-unencrypted-block-device", "aws-ec2-launchtemplate-configure-customer-managed-key"];

    /// <inheritdoc />
    public override ImmutableHashSet<string> ResourceTypes => [ClusterTypes.Volume, ClusterTypes.LaunchTemplate];

    /// <inheritdoc />
    protected override IEnumerable<Finding> Check(ResourceNode node, PolicyContext context) =>
        node.Type == ClusterTypes.Volume ? CheckVolume(node) : CheckTemplate(node);

    private static IEnumerable<Finding> CheckVolume(ResourceNode volume)
    {
        if (volume.Input("encrypted") is not BoolValue { Value: true })
        {
            yield return Violation(volume, "encrypted", "The volume is not encrypted (it is left to the account's encryption-by-default setting).", "Set encrypted: true and kmsKeyId to a customer-managed key's ARN.");
        }
        else if (!ClusterTypes.IsSet(volume.Input("kmsKeyId")))
        {
            yield return Violation(volume, "kmsKeyId", "The volume is encrypted with the AWS-managed key, not a customer-managed one.", "Set kmsKeyId to a customer-managed key's ARN.");
        }
    }

    // A mapping without ebs (an instance-store device) holds no EBS volume; one with ebs must encrypt it.
    private static IEnumerable<Finding> CheckTemplate(ResourceNode template)
    {
        var mappings = (template.Input("blockDeviceMappings") as ListValue)?.Items.Items ?? [];
        for (var i = 0; i < mappings.Length; i++)
        {
            if (mappings[i] is not MapValue mapping || mapping["ebs"] is not MapValue ebs)
            {
                continue;
            }

            // The launch template API takes encrypted as a string; accept a boolean too.
            if (ebs["encrypted"] is not (StringValue { Value: "true" } or BoolValue { Value: true }))
            {
                yield return Violation(template, $"blockDeviceMappings[{i}].ebs.encrypted", "The volume is not encrypted.", "Set ebs.encrypted: \"true\" and ebs.kmsKeyId to a customer-managed key's ARN.");
            }
            else if (!ClusterTypes.IsSet(ebs["kmsKeyId"]))
            {
                yield return Violation(template, $"blockDeviceMappings[{i}].ebs.kmsKeyId", "The volume is encrypted with the AWS-managed key, not a customer-managed one.", "Set ebs.kmsKeyId to a customer-managed key's ARN.");
            }
        }
    }
}
