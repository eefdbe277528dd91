using System.Collections.Immutable;
using System.Globalization;

namespace IrisStack.Components.Data;

/// <summary>
/// The names the InterSystems Kubernetes Operator gives an IrisCluster's pods and headless Service
/// (observed with IKO 3.6: <c>&lt;name&gt;-data-0</c>, mirrored <c>&lt;name&gt;-data-0-0</c> and
/// <c>-data-0-1</c>, <c>&lt;name&gt;-compute-N</c>, <c>&lt;name&gt;-arbiter-0</c>, Service <c>iris-svc</c>).
/// The one place they are derived, so the Web Gateway's CSP.ini servers, the certificates' SANs and
/// the tier policies name the pods IKO will create.
/// </summary>
/// <param name="ClusterName">The IrisCluster's metadata.name.</param>
/// <param name="Namespace">Its namespace (the cluster layer's IRIS tier namespace).</param>
/// <param name="Mirrored">Whether the data tier is a mirror pair (with an arbiter).</param>
/// <param name="ComputeReplicas">Number of compute (ECP application server) pods.</param>
public sealed record IrisClusterNames(string ClusterName, string Namespace, bool Mirrored, int ComputeReplicas)
{
    /// <summary>The headless Service IKO creates for the cluster's pods.</summary>
    public const string HeadlessService = "iris-svc";

    /// <summary>The defaults: cluster <c>iris</c> in namespace <c>iris</c>, unmirrored, one compute pod.</summary>
    public static IrisClusterNames Default { get; } = new("iris", "iris", false, 1);

    /// <summary>The data pods: one, or the two mirror members.</summary>
    public ImmutableArray<string> DataPods => Mirrored ? [$"{ClusterName}-data-0-0", $"{ClusterName}-data-0-1"] : [$"{ClusterName}-data-0"];

    /// <summary>The compute pods, in ordinal order.</summary>
    public ImmutableArray<string> ComputePods =>
        [.. Enumerable.Range(0, ComputeReplicas).Select(i => $"{ClusterName}-compute-{i.ToString(CultureInfo.InvariantCulture)}")];

    /// <summary>The arbiter pod of a mirrored cluster; none otherwise.</summary>
    public ImmutableArray<string> ArbiterPods => Mirrored ? [$"{ClusterName}-arbiter-0"] : [];

    /// <summary>A pod's DNS name through the headless Service (<c>iris-compute-0.iris-svc.iris.svc.cluster.local</c>).</summary>
    public string Host(string pod) => $"{pod}.{HeadlessService}.{Namespace}.svc.cluster.local";

    /// <summary>The compute pods' DNS names: where the Web Gateway sends application traffic.</summary>
    public ImmutableArray<string> ComputeHosts => [.. ComputePods.Select(Host)];

    /// <summary>The data pods' DNS names.</summary>
    public ImmutableArray<string> DataHosts => [.. DataPods.Select(Host)];

    /// <summary>The hosts the Web Gateway talks to: the compute pods, or the data pods of a cluster without compute.</summary>
    public ImmutableArray<string> GatewayHosts => ComputeReplicas > 0 ? ComputeHosts : DataHosts;
}
