using System.Collections.Immutable;
using IrisStack.Components.Graph;

namespace IrisStack.Policies.Rules.Cluster;

/// <summary>Kubernetes secrets are envelope-encrypted with a customer-managed KMS key.</summary>
public sealed class EksSecretsEncrypted : ResourcePolicy
{
    /// <inheritdoc />
    public override string Id => "eks-secrets-encrypted";

    /// <inheritdoc />
    public override string Description => "EKS envelope-encrypts Kubernetes secrets with a customer-managed KMS key.";

    /// <inheritdoc />
    public override string Rationale => "Without envelope encryption, secrets in etcd are protected only by EKS's own disk encryption; a CMK adds a key the account controls, audits and can revoke.";

    /// <inheritdoc />
    public override string Layer => "cluster";

    /// <inheritdoc />
    public override ImmutableArray<string> PeerIds => ["CKV_AWS_58", "aws-eks-cluster-enable-cluster-encryption-config", "C-0066"];

    /// <inheritdoc />
    public override ImmutableHashSet<string> ResourceTypes => ClusterTypes.Clusters;

    /// <inheritdoc />
    protected override IEnumerable<Finding> Check(ResourceNode node, PolicyContext context)
    {
        if (node.Type == ClusterTypes.EksComponent)
        {
            if (!ClusterTypes.IsSet(node.Input("encryptionConfigKeyArn")))
            {
                yield return Violation(node, "encryptionConfigKeyArn", "Secrets envelope encryption is off (no KMS key).", "Set encryptionConfigKeyArn to the ARN of a customer-managed KMS key.");
            }

            yield break;
        }

        var config = node.Input("encryptionConfig") as MapValue;
        var resources = (config?["resources"] as ListValue)?.Items.OfType<StringValue>().Select(s => s.Value) ?? [];
        if (!resources.Contains("secrets") || !ClusterTypes.IsSet(node.Input("encryptionConfig.provider.keyArn")))
        {
            yield return Violation(node, "encryptionConfig", "Secrets envelope encryption is off.", "Set encryptionConfig { resources: [\"secrets\"], provider: { keyArn: <CMK ARN> } }.");
        }
    }
}
