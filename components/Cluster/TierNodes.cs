namespace IrisStack.Components.Cluster;

/// <summary>
/// The node label and taint of dedicated node groups: a tier's pods select <see cref="DedicatedKey"/> =
/// <see cref="Value"/> and tolerate the NoSchedule taint of the same key and value.
/// </summary>
public static class TierNodes
{
    /// <summary>The label and taint key.</summary>
    public const string DedicatedKey = "iris-stack/dedicated";

    /// <summary>The label and taint value of a tier group (<c>api-gateway</c>, <c>web-gateway</c>, <c>iris</c>).</summary>
    public static string Value(TierGroup group) => group switch
    {
        TierGroup.ApiGateway => "api-gateway",
        TierGroup.WebGateway => "web-gateway",
        TierGroup.Iris => "iris",
        _ => throw new ArgumentOutOfRangeException(nameof(group), group, "Unknown tier group."),
    };
}
