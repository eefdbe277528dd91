using System.Collections.Immutable;
using IrisStack.Components.Graph;

namespace IrisStack.Policies.Rules.Edge;

/// <summary>Every web ACL has a logging configuration.</summary>
public sealed class WafLoggingEnabled : StackPolicy
{
    private static readonly ImmutableHashSet<string> ExaminedTypes = [WebAcls.WebAcl, WebAcls.LoggingConfiguration];

    /// <inheritdoc />
    public override string Id => "waf-logging-enabled";

    /// <inheritdoc />
    public override string Description => "Every WAFv2 web ACL has a WebAclLoggingConfiguration whose resourceArn is that ACL's ARN.";

    /// <inheritdoc />
    public override string Rationale => "WAF logs are the only record of which requests were blocked, counted or let through and by which rule; without them neither attacks nor false positives can be investigated.";

    /// <inheritdoc />
    public override string Layer => "edge";

    /// <inheritdoc />
    public override ImmutableArray<string> PeerIds => ["CKV2_AWS_31", "WAFv2LoggingEnabled"];

    /// <inheritdoc />
    public override bool Examines(string type) => ExaminedTypes.Contains(type);

    /// <inheritdoc />
    public override PolicyOutcome Evaluate(ResourceGraph graph, PolicyContext context)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var acls = graph.OfType(WebAcls.WebAcl).ToList();
        if (acls.Count == 0)
        {
            return PolicyOutcome.NotApplicable;
        }

        var logged = graph.OfType(WebAcls.LoggingConfiguration)
            .Select(l => l.Input("resourceArn"))
            .OfType<OutputReference>()
            .Where(r => r.Output == "arn")
            .Select(r => r.Node)
            .ToHashSet(StringComparer.Ordinal);
        return PolicyOutcome.From(acls.Where(a => !logged.Contains(a.Name)).Select(a => new Finding(
            a.Name, string.Empty,
            "The web ACL has no logging configuration.",
            "Add an aws:wafv2/webAclLoggingConfiguration:WebAclLoggingConfiguration with resourceArn set to this web ACL's arn and an aws-waf-logs- log group as its destination.")));
    }
}
