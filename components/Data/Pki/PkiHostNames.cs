using System.Collections.Immutable;

namespace IrisStack.Components.Data.Pki;

/// <summary>
/// The DNS names the IRIS certificates cover, from <see cref="IrisClusterNames"/>: for each pod the
/// forms a client in the cluster may dial through IKO's headless Service
/// (<c>&lt;pod&gt;.iris-svc.&lt;ns&gt;.svc.cluster.local</c>, <c>&lt;pod&gt;.iris-svc.&lt;ns&gt;.svc</c>,
/// <c>&lt;pod&gt;.iris-svc</c>), and the Service itself.
/// </summary>
public static class PkiHostNames
{
    /// <summary>A pod's names, the fully qualified one (<see cref="IrisClusterNames.Host"/>) first.</summary>
    public static ImmutableArray<string> Pod(IrisClusterNames names, string pod)
    {
        ArgumentNullException.ThrowIfNull(names);
        return [names.Host(pod), $"{pod}.{IrisClusterNames.HeadlessService}.{names.Namespace}.svc", $"{pod}.{IrisClusterNames.HeadlessService}"];
    }

    /// <summary>The headless Service's fully qualified name.</summary>
    public static string Service(IrisClusterNames names)
    {
        ArgumentNullException.ThrowIfNull(names);
        return $"{IrisClusterNames.HeadlessService}.{names.Namespace}.svc.cluster.local";
    }

    /// <summary>
    /// The superserver/ECP certificate's names: every data and compute pod (ECP application servers
    /// are clients and servers of the superserver), the arbiter of a mirror, and the Service.
    /// </summary>
    public static ImmutableArray<string> Superserver(IrisClusterNames names)
    {
        ArgumentNullException.ThrowIfNull(names);
        return [.. names.DataPods.Concat(names.ComputePods).Concat(names.ArbiterPods).SelectMany(p => Pod(names, p)), Service(names)];
    }

    /// <summary>The mirror certificate's names: the mirror members and the arbiter.</summary>
    public static ImmutableArray<string> Mirror(IrisClusterNames names)
    {
        ArgumentNullException.ThrowIfNull(names);
        return [.. names.DataPods.Concat(names.ArbiterPods).SelectMany(p => Pod(names, p))];
    }
}
