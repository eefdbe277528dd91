using System.Collections.Immutable;
using IrisStack.Components.Graph;

namespace IrisStack.Policies.Rules.Edge;

/// <summary>HTTP target groups speak HTTPS to their targets, so the hop behind the load balancer is encrypted too.</summary>
public sealed class LoadBalancerTargetGroupHttps : ResourcePolicy
{
    /// <inheritdoc />
    public override string Id => "lb-target-group-https";

    /// <inheritdoc />
    public override string Description => "Every load balancer target group of HTTP targets (not Lambda, TCP, UDP, TLS or GENEVE) sets protocol HTTPS.";

    /// <inheritdoc />
    public override string Rationale => "The load balancer ends the viewer's TLS; with an HTTP target group, credentials and sessions cross the VPC in clear text to the API gateway's pods.";

    /// <inheritdoc />
    public override string Layer => "edge";

    /// <inheritdoc />
    public override ImmutableArray<string> PeerIds => ["CKV_AWS_378"];

    /// <inheritdoc />
    public override ImmutableDictionary<string, string> PartialPeers => ImmutableDictionary.CreateRange(StringComparer.Ordinal, [
        KeyValuePair.Create("CKV_AWS_378", "target groups only; listeners are lb-listener-tls12's"),
    ]);

    /// <inheritdoc />
    public override ImmutableHashSet<string> ResourceTypes => LoadBalancers.TargetGroupTypes;

    /// <inheritdoc />
    protected override bool AppliesTo(ResourceNode node) => LoadBalancers.ServesHttp(node);

    /// <inheritdoc />
    protected override IEnumerable<Finding> Check(ResourceNode node, PolicyContext context)
    {
        const string Fix = "Set protocol to HTTPS (the targets then need a TLS listener, such as Kong's 8443).";
        switch (node.Input("protocol"))
        {
            case StringValue { Value: var protocol } when protocol.Equals("HTTPS", StringComparison.OrdinalIgnoreCase):
                break;
            case StringValue { Value: var protocol }:
                yield return Violation(node, "protocol", $"The target group forwards with {protocol}, in clear text.", Fix);
                break;
            case null or NullValue:
                yield return Violation(node, "protocol", "protocol is unset, so the target group's protocol is not shown to be HTTPS.", Fix);
                break;
            default:
                yield return Violation(node, "protocol", "protocol is not known in this preview, so it cannot be shown to be HTTPS.", Fix);
                break;
        }
    }
}
