using System.Collections.Immutable;
using IrisStack.Components.Graph;

namespace IrisStack.Policies.Rules.Network;

/// <summary>CloudWatch log groups are encrypted with a customer-managed KMS key.</summary>
public sealed class LogGroupEncryptedWithCmk : ResourcePolicy
{
    /// <inheritdoc />
    public override string Id => "log-group-encrypted-with-cmk";

    /// <inheritdoc />
    public override string Description => "CloudWatch log groups are encrypted with a customer-managed KMS key.";

    /// <inheritdoc />
    public override string Rationale => "Flow and audit logs reveal the network and who did what; a CMK lets you control and audit who can read them and revoke access.";

    /// <inheritdoc />
    public override string Layer => "network";

    /// <inheritdoc />
    public override ImmutableArray<string> PeerIds => ["CKV_AWS_158", "CloudWatchLogGroupEncrypted"];

    /// <inheritdoc />
    public override ImmutableHashSet<string> ResourceTypes => ["aws:cloudwatch/logGroup:LogGroup"];

    /// <inheritdoc />
    protected override IEnumerable<Finding> Check(ResourceNode node, PolicyContext context)
    {
        var key = node.Input("kmsKeyId");
        if (key is null or NullValue || key is StringValue { Value: "" })
        {
            yield return Violation(node, "kmsKeyId", "The log group must be encrypted with a customer-managed KMS key.", "Set kmsKeyId to the ARN of a KMS key whose policy lets logs.<region>.amazonaws.com use it.");
        }
        else if (key is StringValue { Value: var text } && text.Contains("alias/aws/", StringComparison.Ordinal))
        {
            yield return Violation(node, "kmsKeyId", "An AWS-managed key is not a customer-managed key.", "Point kmsKeyId at a key of your own.");
        }
    }
}
