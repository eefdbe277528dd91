namespace IrisStack.Components.Edge.Waf;

/// <summary>One AWS managed rule group in the web ACL, as the stack configures it.</summary>
/// <param name="Name">The group's name (<c>AWSManagedRulesCommonRuleSet</c>).</param>
/// <param name="Version">The pinned version (<c>Version_1.12</c>), or null for the group's default version.</param>
/// <param name="Mode">Whether its matches are blocked or only counted.</param>
/// <param name="CountReason">Why the group only counts; set exactly when <paramref name="Mode"/> is <see cref="ManagedRuleGroupMode.Count"/>.</param>
public sealed record ManagedRuleGroup(string Name, string? Version, ManagedRuleGroupMode Mode, string? CountReason);
