using System.Collections.Immutable;
using IrisStack.Components.Graph;

namespace IrisStack.Policies.Rules.Edge;

/// <summary>A web ACL blocks every request whose normalised path is outside a URI allow-list.</summary>
public sealed class WafUriAllowList : ResourcePolicy
{
    /// <inheritdoc />
    public override string Id => "waf-uri-allow-list";

    /// <inheritdoc />
    public override string Description => "A WAFv2 web ACL blocks every request whose URI path, URL-decoded and normalised, matches no pattern of a regex pattern set, and no rule before it allows a request past it.";

    /// <inheritdoc />
    public override string Rationale => "IRIS serves far more than the applications (Management Portal, system REST APIs, class pages); refusing every other path at the edge keeps scanners and exploits off the tiers behind, and decoding first stops %2e%2e and // from slipping past the patterns.";

    /// <inheritdoc />
    public override string Layer => "edge";

    /// <inheritdoc />
    public override ImmutableArray<string> PeerIds => [];

    /// <inheritdoc />
    public override ImmutableHashSet<string> ResourceTypes => WebAcls.WebAclTypes;

    /// <inheritdoc />
    protected override IEnumerable<Finding> Check(ResourceNode node, PolicyContext context)
    {
        var (rules, unreadable) = WebAcls.Rules(node);
        if (unreadable is not null)
        {
            yield return WebAcls.Unreadable(node, unreadable);
            yield break;
        }

        var allowList = rules.FirstOrDefault(r => WebAcls.Find(r.Statement, "regexPatternSetReferenceStatement", negated: true) is { } m && (m["fieldToMatch"] as MapValue)?["uriPath"] is not null);
        if (allowList is null)
        {
            yield return Violation(node, "rules", "The web ACL has no URI allow-list: no rule blocks requests whose path matches none of the allowed paths.",
                "Add a rule with action { block: {} } and statement notStatement { statement: regexPatternSetReferenceStatement on fieldToMatch uriPath } over the allowed paths (the edge layer builds it from iris-stack:webGateway.allowedPaths).");
            yield break;
        }

        if (allowList.Action != "block")
        {
            yield return Violation(node, $"{allowList.Path}.action", $"The allow-list rule {allowList.Name} does not block (action {allowList.Action ?? "unset"}).", "Set its action to { block: {} }.");
        }

        var transformations = WebAcls.Transformations(WebAcls.Find(allowList.Statement, "regexPatternSetReferenceStatement", negated: true)!);
        if (!transformations.Contains("URL_DECODE") || !transformations.Any(t => t.StartsWith("NORMALIZE_PATH", StringComparison.Ordinal)))
        {
            yield return Violation(node, $"{allowList.Path}.statement.notStatement.statement.regexPatternSetReferenceStatement.textTransformations",
                $"The allow-list rule matches the path without URL_DECODE and NORMALIZE_PATH ([{string.Join(", ", transformations)}]), so encoded or dot-segment paths can pass as allowed ones.",
                "Set textTransformations to URL_DECODE, NORMALIZE_PATH and LOWERCASE (priorities 0, 1, 2).");
        }

        foreach (var before in rules.Where(r => r.Priority < allowList.Priority && r.Action == "allow"))
        {
            yield return Violation(node, $"{before.Path}.action", $"Rule {before.Name} allows requests before the allow-list rule sees them.", "Give the allow-list rule a lower priority than every allow rule, or make that rule block.");
        }
    }
}
