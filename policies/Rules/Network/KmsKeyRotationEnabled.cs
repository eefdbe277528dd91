using System.Collections.Immutable;
using IrisStack.Components.Graph;

namespace IrisStack.Policies.Rules.Network;

/// <summary>Customer-managed symmetric KMS keys rotate automatically.</summary>
public sealed class KmsKeyRotationEnabled : ResourcePolicy
{
    /// <inheritdoc />
    public override string Id => "kms-key-rotation-enabled";

    /// <inheritdoc />
    public override string Description => "Customer-managed symmetric KMS keys have automatic rotation enabled.";

    /// <inheritdoc />
    public override string Rationale => "Rotation limits how much data one key version protects and is required by PCI DSS, HIPAA and NIST baselines.";

    /// <inheritdoc />
    public override string Layer => "network";

    /// <inheritdoc />
    public override ImmutableArray<string> PeerIds => ["CKV_AWS_7", "AwsSolutions-KMS5", "cmk-backing-key-rotation-enabled", "aws-kms-key-enable-key-rotation"];

    /// <inheritdoc />
    public override ImmutableHashSet<string> ResourceTypes => ["aws:kms/key:Key"];

    /// <inheritdoc />
    /// <remarks>AWS rotates only symmetric encryption keys; asymmetric and HMAC keys cannot rotate.</remarks>
    protected override bool AppliesTo(ResourceNode node) =>
        node.Input("customerMasterKeySpec") is not StringValue spec || spec.Value == "SYMMETRIC_DEFAULT";

    /// <inheritdoc />
    protected override IEnumerable<Finding> Check(ResourceNode node, PolicyContext context)
    {
        if (node.Input("enableKeyRotation") is not BoolValue { Value: true })
        {
            yield return Violation(node, "enableKeyRotation", "Key rotation must be enabled.", "Set enableKeyRotation: true.");
        }
    }
}
