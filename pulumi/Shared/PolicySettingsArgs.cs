using Pulumi;

namespace IrisStack.Pulumi;

/// <summary>Policy settings of one component, the shape of <c>iris-stack:policies</c>.</summary>
public sealed class PolicySettingsArgs : ResourceArgs
{
    /// <summary>Enforcement level for every policy before per-policy levels: mandatory, advisory or disabled.</summary>
    [Input("all")]
    public string? All { get; set; }

    /// <summary>Enforcement level per policy id.</summary>
    [Input("levels")]
    public Dictionary<string, string>? Levels { get; set; }

    /// <summary>Accepted findings, each with the policy, the resource (logical name, URN or *) and a reason.</summary>
    [Input("suppressions")]
    public List<SuppressionArgs>? Suppressions { get; set; }

    /// <summary>Minimum CloudWatch log retention the log-retention policy accepts (default 365).</summary>
    [Input("minimumLogRetentionDays")]
    public int? MinimumLogRetentionDays { get; set; }
}
