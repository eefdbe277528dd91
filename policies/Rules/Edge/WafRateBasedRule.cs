using System.Collections.Immutable;
using IrisStack.Components.Graph;

namespace IrisStack.Policies.Rules.Edge;

/// <summary>A web ACL blocks clients over a rate limit.</summary>
public sealed class WafRateBasedRule : ResourcePolicy
{
    private static readonly ImmutableHashSet<string> PerClient = ["IP", "FORWARDED_IP"];

    /// <inheritdoc />
    public override string Id => "waf-rate-based-rule";

    /// <inheritdoc />
    public override string Description => "A WAFv2 web ACL has a rate-based rule that counts per client IP, sets a limit and blocks what exceeds it.";

    /// <inheritdoc />
    public override string Rationale => "Credential stuffing, scraping and application-layer floods come from few clients sending many requests; only a rate rule stops them before they reach the API gateway and IRIS.";

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
            return [WebAcls.Unreadable(node, unreadable)];
        }

        var rateRules = rules.Where(r => WebAcls.Find(r.Statement, "rateBasedStatement") is not null).ToList();
        if (rateRules.Count == 0)
        {
            return [Violation(node, "rules", "The web ACL has no rate-based rule, so one client can send any number of requests.",
                "Add a rule with rateBasedStatement { limit, evaluationWindowSec, aggregateKeyType: \"IP\" } and action { block: {} } (iris-stack:edge.waf.rateLimit).") with { Setting = "rateLimit" }];
        }

        var problems = rateRules.Select(rule =>
        {
            var statement = WebAcls.Find(rule.Statement, "rateBasedStatement")!;
            var problems = new List<Finding>();
            if (rule.Action != "block")
            {
                problems.Add(Violation(node, $"{rule.Path}.action", $"Rate rule {rule.Name} does not block (action {rule.Action ?? "unset"}).", "Set its action to { block: {} }."));
            }

            if (statement["aggregateKeyType"] is not StringValue { Value: var key } || !PerClient.Contains(key))
            {
                problems.Add(Violation(node, $"{rule.Path}.statement.rateBasedStatement.aggregateKeyType", $"Rate rule {rule.Name} does not count per client IP.", "Set aggregateKeyType to \"IP\"."));
            }

            if (statement["limit"] is not NumberValue)
            {
                problems.Add(Violation(node, $"{rule.Path}.statement.rateBasedStatement.limit", $"Rate rule {rule.Name} has no literal limit.", "Set limit to a number (iris-stack:edge.waf.rateLimit)."));
            }

            return problems;
        }).ToList();

        // One well-formed blocking rule is enough; the others' problems matter only when none is.
        return problems.Any(p => p.Count == 0) ? [] : problems.SelectMany(p => p);
    }
}
