using Pulumi;

namespace IrisStack.Pulumi;

/// <summary>Overrides for one AWS managed rule group.</summary>
public sealed class WafManagedGroupArgs : ResourceArgs
{
    /// <summary>Pin the group to this version (e.g. Version_1.12); unset, the group's default version.</summary>
    [Input("version")]
    public string? Version { get; set; }

    /// <summary>block (default): the group's rules act; count: matches are only counted, which needs a reason.</summary>
    [Input("mode")]
    public string? Mode { get; set; }

    /// <summary>Why the group only counts (recorded as a tag on the web ACL).</summary>
    [Input("reason")]
    public string? Reason { get; set; }
}
