namespace IrisStack.Components.Cluster;

/// <summary>
/// The workload tiers of the traffic chain, in the order a request passes them. Pods carry their
/// tier as the label <see cref="TierLabels.Key"/>, which the tier NetworkPolicies select on.
/// </summary>
public enum Tier
{
    /// <summary>InterSystems API Manager (Kong) proxy pods.</summary>
    ApiGateway,

    /// <summary>The Web Gateway (nginx) pods.</summary>
    WebGateway,

    /// <summary>IRIS compute (ECP application server) pods.</summary>
    IrisCompute,

    /// <summary>IRIS data (mirror member) pods.</summary>
    IrisData,

    /// <summary>The mirror arbiter pod.</summary>
    Arbiter,
}
