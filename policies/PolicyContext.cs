using IrisStack.Components.Config;

namespace IrisStack.Policies;

/// <summary>What policies may read besides the resources: the stack's thresholds.</summary>
public sealed record PolicyContext(int MinimumLogRetentionDays)
{
    /// <summary>The context of a stack's policy settings.</summary>
    public static PolicyContext From(PolicySettings settings) => new(settings.MinimumLogRetentionDays);
}
