namespace IrisStack.Components.Cluster;

/// <summary>The pod label that names a pod's tier, shared by the workloads and the NetworkPolicies that admit them.</summary>
public static class TierLabels
{
    /// <summary>The label key.</summary>
    public const string Key = "iris-stack/tier";

    /// <summary>The label value of a tier (<c>api-gateway</c>, <c>web-gateway</c>, <c>iris-data</c>, ...).</summary>
    public static string Value(Tier tier) => tier switch
    {
        Tier.ApiGateway => "api-gateway",
        Tier.Redis => "redis",
        Tier.WebGateway => "web-gateway",
        Tier.IrisCompute => "iris-compute",
        Tier.IrisData => "iris-data",
        Tier.Arbiter => "arbiter",
        _ => throw new ArgumentOutOfRangeException(nameof(tier), tier, "Unknown tier."),
    };
}
