using System.Collections.Immutable;
using IrisStack.Components.Graph;

namespace IrisStack.Policies.Rules.Edge;

/// <summary>A distribution the stack declares is enabled.</summary>
public sealed class CloudFrontDistributionEnabled : ResourcePolicy
{
    /// <inheritdoc />
    public override string Id => "cloudfront-distribution-enabled";

    /// <inheritdoc />
    public override string Description => "A CloudFront distribution has enabled true.";

    /// <inheritdoc />
    public override string Rationale => "A disabled distribution still holds its aliases and certificate but serves nothing, so the stack looks deployed while the application is unreachable (or reached some other way).";

    /// <inheritdoc />
    public override string Layer => "edge";

    /// <inheritdoc />
    public override ImmutableArray<string> PeerIds => ["CKV_AWS_216", "CKV_AWS_305", "CKV_AWS_310"];

    /// <inheritdoc />
    public override ImmutableDictionary<string, string> PartialPeers => ImmutableDictionary.CreateRange(StringComparer.Ordinal, [
        KeyValuePair.Create("CKV_AWS_305", "requires no default root object: the origin is an application whose root path the Web Gateway answers."),
        KeyValuePair.Create("CKV_AWS_310", "requires no origin failover: the application has one origin, the internal ALB, which is itself spread over zones."),
    ]);

    /// <inheritdoc />
    public override ImmutableHashSet<string> ResourceTypes => Distributions.DistributionTypes;

    /// <inheritdoc />
    protected override IEnumerable<Finding> Check(ResourceNode node, PolicyContext context)
    {
        if (node.Input("enabled") is not BoolValue { Value: true })
        {
            yield return Violation(node, "enabled", "The distribution is not enabled.", "Set enabled to true.");
        }
    }
}
