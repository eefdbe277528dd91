using System.Collections.Immutable;

namespace IrisStack.Components.Cluster;

/// <summary>
/// How each tier's pods are selected, shared by the workloads and the NetworkPolicies that admit
/// them: our own workloads carry the label <see cref="Key"/>; the IRIS pods are IKO's, selected by
/// the labels IKO puts on them.
/// </summary>
public static class TierLabels
{
    /// <summary>The label key.</summary>
    public const string Key = "iris-stack/tier";

    /// <summary>IKO's label naming an IrisCluster pod's node type (<c>data</c>, <c>compute</c>).</summary>
    public const string IkoComponentKey = "intersystems.com/component";

    /// <summary>IKO's label naming the kind of resource that owns the pod (<c>IrisCluster</c>).</summary>
    public const string IkoKindKey = "intersystems.com/kind";

    /// <summary>IKO's component value of data pods (observed).</summary>
    public const string IkoData = "data";

    /// <summary>IKO's component value of compute pods (inferred from <see cref="IkoData"/>).</summary>
    public const string IkoCompute = "compute";

    /// <summary>IKO's component value of the arbiter pod (inferred from <see cref="IkoData"/>).</summary>
    public const string IkoArbiter = "arbiter";

    /// <summary>
    /// The labels that select a tier's pods. IKO creates the IRIS pods and labels them
    /// <c>intersystems.com/kind: IrisCluster</c> and <c>intersystems.com/component: data|compute</c>
    /// (observed with IKO 3.6 in IRISMeister/iris-k8s-vs2021 yaml/eks/svc-*.yml); <c>arbiter</c> for the
    /// arbiter pod follows the same pattern and is unconfirmed. Whether IKO copies podTemplate labels
    /// is unconfirmed too, so the tier label is not relied on for its pods.
    /// </summary>
    public static ImmutableSortedDictionary<string, string> Selector(Tier tier) => tier switch
    {
        Tier.IrisData => Iko(IkoData),
        Tier.IrisCompute => Iko(IkoCompute),
        Tier.Arbiter => Iko(IkoArbiter),
        _ => ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, [KeyValuePair.Create(Key, Value(tier))]),
    };

    private static ImmutableSortedDictionary<string, string> Iko(string component) =>
        ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, [KeyValuePair.Create(IkoKindKey, "IrisCluster"), KeyValuePair.Create(IkoComponentKey, component)]);

    /// <summary>The label value of a tier (<c>api-gateway</c>, <c>web-gateway</c>, <c>iris-data</c>, ...).</summary>
    public static string Value(Tier tier) => tier switch
    {
        Tier.ApiGateway => "api-gateway",
        Tier.WebGateway => "web-gateway",
        Tier.IrisCompute => "iris-compute",
        Tier.IrisData => "iris-data",
        Tier.Arbiter => "arbiter",
        _ => throw new ArgumentOutOfRangeException(nameof(tier), tier, "Unknown tier."),
    };
}
