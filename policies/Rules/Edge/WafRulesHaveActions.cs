using System.Collections.Immutable;
using IrisStack.Components.Graph;

namespace IrisStack.Policies.Rules.Edge;

/// <summary>A web ACL has rules, and each says what it does with a match.</summary>
public sealed class WafRulesHaveActions : ResourcePolicy
{
    private static readonly ImmutableHashSet<string> GroupStatements = ["managedRuleGroupStatement", "ruleGroupReferenceStatement"];

    /// <inheritdoc />
    public override string Id => "waf-rules-have-actions";

    /// <inheritdoc />
    public override string Description => "A WAFv2 web ACL has at least one rule; a rule group reference sets overrideAction and every other rule sets exactly one action.";

    /// <inheritdoc />
    public override string Rationale => "A web ACL without rules lets every request take its default action; a rule without an action is refused by the API or, for a rule group, leaves the group's effect unstated.";

    /// <inheritdoc />
    public override string Layer => "edge";

    /// <inheritdoc />
    public override ImmutableArray<string> PeerIds => ["CKV_AWS_175", "CKV_AWS_342"];

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

        if (rules.IsEmpty)
        {
            yield return Violation(node, "rules", "The web ACL has no rules, so every request gets its default action.", "Add rules: the edge layer's URI allow-list, rate rule and AWS managed rule groups.");
        }

        foreach (var rule in rules)
        {
            var isGroup = rule.Statement?.Entries.Keys.Any(GroupStatements.Contains) ?? false;
            if (isGroup && rule.OverrideAction is null)
            {
                yield return Violation(node, $"{rule.Path}.overrideAction", $"Rule {rule.Name} references a rule group but sets no overrideAction.", "Set overrideAction to { none: {} }.");
            }
            else if (!isGroup && rule.Action is null)
            {
                yield return Violation(node, $"{rule.Path}.action", $"Rule {rule.Name} sets no single action.", "Set action to exactly one of block, allow, count, captcha or challenge (block for the edge rules).");
            }
        }
    }
}
