using System.Collections.Immutable;
using IrisStack.Components.Graph;

namespace IrisStack.Policies.Rules.Backup;

/// <summary>AWS Backup vaults are encrypted with a customer-managed KMS key.</summary>
public sealed class BackupVaultEncryptedWithCmk : ResourcePolicy
{
    /// <inheritdoc />
    public override string Id => "backup-vault-encrypted-with-cmk";

    /// <inheritdoc />
    public override string Description => "AWS Backup vaults are encrypted with a customer-managed KMS key (kmsKeyArn), not the AWS-managed aws/backup key.";

    /// <inheritdoc />
    public override string Rationale => "Recovery points hold a full copy of the data; with a key of your own you decide, and audit, who can decrypt a restore, and can revoke it.";

    /// <inheritdoc />
    public override string Layer => "data";

    /// <inheritdoc />
    public override ImmutableArray<string> PeerIds => [];

    /// <inheritdoc />
    public override ImmutableHashSet<string> ResourceTypes => ["aws:backup/vault:Vault"];

    /// <inheritdoc />
    protected override IEnumerable<Finding> Check(ResourceNode node, PolicyContext context)
    {
        var key = node.Input("kmsKeyArn");
        if (key is null or NullValue || key is StringValue { Value: "" })
        {
            yield return Violation(node, "kmsKeyArn", "The vault has no kmsKeyArn, so AWS Backup encrypts it with the AWS-managed aws/backup key.",
                "Set kmsKeyArn to the ARN of a customer-managed KMS key (rotation on, a key policy of its own).");
        }
        else if (key is StringValue { Value: var text } && text.Contains("alias/aws/", StringComparison.Ordinal))
        {
            yield return Violation(node, "kmsKeyArn", "An AWS-managed key is not a customer-managed key.", "Point kmsKeyArn at a key of your own.");
        }
    }
}
