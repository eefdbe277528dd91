namespace IrisStack.Components.Edge.Waf;

/// <summary>What an AWS managed rule group's matches do.</summary>
public enum ManagedRuleGroupMode
{
    /// <summary>The group's own rule actions apply (override action <c>none</c>): its matches are blocked.</summary>
    Block,

    /// <summary>Matches are only counted and logged (override action <c>count</c>): for tuning, and only with a reason.</summary>
    Count,
}
