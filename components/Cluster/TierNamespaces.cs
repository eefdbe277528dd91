namespace IrisStack.Components.Cluster;

/// <summary>The Kubernetes namespace of each tier group.</summary>
/// <param name="ApiGateway">API Manager (Kong).</param>
/// <param name="WebGateway">The Web Gateway.</param>
/// <param name="Iris">The IRIS cluster: data, compute and arbiter.</param>
public sealed record TierNamespaces(string ApiGateway, string WebGateway, string Iris)
{
    /// <summary>The namespace a tier's pods run in.</summary>
    public string Of(Tier tier) => tier switch
    {
        Tier.ApiGateway => ApiGateway,
        Tier.WebGateway => WebGateway,
        Tier.IrisCompute or Tier.IrisData or Tier.Arbiter => Iris,
        _ => throw new ArgumentOutOfRangeException(nameof(tier), tier, "Unknown tier."),
    };
}
