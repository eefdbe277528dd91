using System.Collections.Immutable;
using IrisStack.Components.Edge.Waf;
using IrisStack.Components.Graph;

namespace IrisStack.Policies.Rules.Edge;

/// <summary>The WAFv2 types the edge policies look at, and readers of a web ACL's typed <c>rules</c> shared between them.</summary>
internal static class WebAcls
{
    public const string WebAcl = "aws:wafv2/webAcl:WebAcl";
    public const string LoggingConfiguration = "aws:wafv2/webAclLoggingConfiguration:WebAclLoggingConfiguration";

    /// <summary>The web ACL type, as a resource policy's type set.</summary>
    public static readonly ImmutableHashSet<string> WebAclTypes = [WebAcl];

    /// <summary>One rule of the ACL: its position in <c>rules</c> and its fields.</summary>
    public sealed record Rule(int Index, MapValue Fields)
    {
        public string Path => $"rules[{Index}]";

        public string Name => Fields["name"] is StringValue { Value: var name } ? name : $"#{Index}";

        public int Priority => Fields["priority"] is NumberValue { Value: var p } ? (int)p : int.MaxValue;

        public MapValue? Statement => Fields["statement"] as MapValue;

        /// <summary>The one key of <c>action</c> (<c>block</c>, <c>allow</c>, <c>count</c>, ...) or null.</summary>
        public string? Action => (Fields["action"] as MapValue)?.Entries.Keys.SingleOrDefault();

        /// <summary>The one key of <c>overrideAction</c> (<c>none</c>, <c>count</c>) or null.</summary>
        public string? OverrideAction => (Fields["overrideAction"] as MapValue)?.Entries.Keys.SingleOrDefault();
    }

    /// <summary>
    /// The ACL's typed rules, or why they cannot be read: rules given as <c>ruleJson</c> or left
    /// unknown in a preview hold nothing a policy can check, which must never count as compliant.
    /// </summary>
    public static (ImmutableArray<Rule> Rules, string? Unreadable) Rules(ResourceNode node)
    {
        switch (node.Input("rules"))
        {
            case ListValue list when list.Items.All(i => i is MapValue):
                return ([.. list.Items.Select((item, i) => new Rule(i, (MapValue)item))], null);
            case null or NullValue when node.Input("ruleJson") is null or NullValue:
                return ([], null);
            case null or NullValue:
                return ([], "The rules are given as ruleJson, which this check cannot read.");
            default:
                return ([], "The rules are not known in this preview, so they cannot be checked.");
        }
    }

    /// <summary>A finding for unreadable rules.</summary>
    public static Finding Unreadable(ResourceNode node, string why) =>
        new(node.Name, "rules", why, "Give the web ACL typed rules (not ruleJson) with literal values, or suppress this finding for it with a reason.");

    /// <summary>The statement of a given type directly in <paramref name="statement"/>, or inside its <c>notStatement</c> when <paramref name="negated"/>.</summary>
    public static MapValue? Find(MapValue? statement, string type, bool negated = false) =>
        negated ? ((statement?["notStatement"] as MapValue)?["statement"] as MapValue)?[type] as MapValue : statement?[type] as MapValue;

    /// <summary>The types of the transformations of a match statement, in priority order.</summary>
    public static ImmutableArray<string> Transformations(MapValue match) =>
        [.. ((match["textTransformations"] as ListValue)?.Items ?? []).OfType<MapValue>()
            .OrderBy(t => t["priority"] is NumberValue { Value: var p } ? p : double.MaxValue)
            .Select(t => t["type"] is StringValue { Value: var type } ? type : string.Empty)];

    /// <summary>The managed rule group rule of that AWS group, or null.</summary>
    public static Rule? ManagedGroup(IEnumerable<Rule> rules, string group) => rules.FirstOrDefault(r =>
        Find(r.Statement, "managedRuleGroupStatement") is { } m && m["name"] == new StringValue(group) && m["vendorName"] == new StringValue(WafManagedGroups.Vendor));

    /// <summary>The reason the ACL records for <paramref name="group"/> only counting, or null.</summary>
    public static string? CountReason(ResourceNode node, string group) =>
        node.Input("tags") is MapValue tags && tags[WafManagedGroups.CountReasonTag(group)] is StringValue { Value: var reason } && !string.IsNullOrWhiteSpace(reason) ? reason : null;

    /// <summary>
    /// What is wrong with an AWS managed group on the ACL: missing, counting without a recorded
    /// reason, or with rules whose action is overridden to count or allow (those named by
    /// <paramref name="overridden"/>, or any when null).
    /// </summary>
    public static IEnumerable<Finding> ManagedGroupFindings(ResourceNode node, ImmutableArray<Rule> rules, string group, string why, Func<string, bool>? overridden = null)
    {
        var tag = WafManagedGroups.CountReasonTag(group);
        if (ManagedGroup(rules, group) is not { } rule)
        {
            yield return new Finding(node.Name, "rules", $"The web ACL has no rule with the AWS managed rule group {group} ({why}).",
                $"Add a rule with managedRuleGroupStatement {{ name: \"{group}\", vendorName: \"AWS\" }} and overrideAction {{ none: {{}} }}.");
            yield break;
        }

        var reason = CountReason(node, group);
        if (rule.OverrideAction != "none" && reason is null)
        {
            yield return new Finding(node.Name, $"{rule.Path}.overrideAction",
                rule.OverrideAction == "count"
                    ? $"{group} is in count mode: its matches are logged but pass, and no reason is recorded."
                    : $"{group} has no overrideAction none, so it is not known to act on its matches.",
                $"Set overrideAction to {{ none: {{}} }}; to count while tuning, record why in the web ACL tag {tag} (iris-stack:edge.waf.managedGroups.{group}.reason).")
            {
                Setting = "managedGroups",
            };
        }

        var overrides = ((Find(rule.Statement, "managedRuleGroupStatement")?["ruleActionOverrides"] as ListValue)?.Items ?? []).OfType<MapValue>().ToList();
        for (var i = 0; i < overrides.Count; i++)
        {
            var name = overrides[i]["name"] is StringValue { Value: var n } ? n : string.Empty;
            var action = (overrides[i]["actionToUse"] as MapValue)?.Entries.Keys.SingleOrDefault();
            if (action is "count" or "allow" && (overridden?.Invoke(name) ?? true) && reason is null)
            {
                yield return new Finding(node.Name, $"{rule.Path}.statement.managedRuleGroupStatement.ruleActionOverrides[{i}]",
                    $"{group}'s rule {name} is overridden to {action}, so its matches pass.",
                    $"Remove the override, or record why in the web ACL tag {tag}.");
            }
        }
    }
}
