using IrisStack.Components.Config;

namespace IrisStack.Policies;

/// <summary>What policies may read besides the resources: the stack's thresholds.</summary>
public sealed record PolicyContext(int MinimumLogRetentionDays)
{
    /// <summary>Whether stateful and key resources must carry Pulumi's <c>protect</c> option on this stack.</summary>
    public bool RequireProtection { get; init; }

    /// <summary>The context of a stack's policy settings.</summary>
    public static PolicyContext From(PolicySettings settings) =>
        new(settings.MinimumLogRetentionDays) { RequireProtection = settings.RequireProtection };
}
