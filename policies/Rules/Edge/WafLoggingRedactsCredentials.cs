using System.Collections.Immutable;
using IrisStack.Components.Edge.Waf;
using IrisStack.Components.Graph;

namespace IrisStack.Policies.Rules.Edge;

/// <summary>WAF logs never hold credentials: the authorization and cookie headers are redacted.</summary>
public sealed class WafLoggingRedactsCredentials : ResourcePolicy
{
    /// <inheritdoc />
    public override string Id => "waf-logging-redacts-credentials";

    /// <inheritdoc />
    public override string Description => $"A WAFv2 logging configuration redacts the {string.Join(" and ", EdgeWaf.RedactedHeaders)} headers (redactedFields singleHeader).";

    /// <inheritdoc />
    public override string Rationale => "WAF logs record request headers in full; unredacted, every log reader gets the bearer tokens, basic-auth passwords and session cookies of every user, which outlive the request for the log's retention.";

    /// <inheritdoc />
    public override string Layer => "edge";

    /// <inheritdoc />
    public override ImmutableArray<string> PeerIds => [];

    /// <inheritdoc />
    public override ImmutableHashSet<string> ResourceTypes => [WebAcls.LoggingConfiguration];

    /// <inheritdoc />
    protected override IEnumerable<Finding> Check(ResourceNode node, PolicyContext context)
    {
        var redacted = ((node.Input("redactedFields") as ListValue)?.Items ?? []).OfType<MapValue>()
            .Select(f => ((f["singleHeader"] as MapValue)?["name"] as StringValue)?.Value)
            .OfType<string>()
            .ToImmutableHashSet(StringComparer.OrdinalIgnoreCase);
        return EdgeWaf.RedactedHeaders.Where(h => !redacted.Contains(h)).Select(h => Violation(node, "redactedFields",
            $"The WAF logs show the {h} header in full.",
            $"Add {{ singleHeader: {{ name: \"{h}\" }} }} to redactedFields."));
    }
}
