using IrisStack.Components.Cluster;

namespace IrisStack.Components.Data.Iko;

/// <summary>
/// Labels the InterSystems Kubernetes Operator puts on the pods of an IrisCluster (the component
/// label and its values are the cluster layer's, which its tier NetworkPolicies select on). Seen with IKO:
/// <c>intersystems.com/name=&lt;cluster&gt;</c> (IKO01 README, <c>kubectl get pods -l intersystems.com/name=iris</c>
/// lists <c>iris-data-0</c>; IRISM deletes the cluster's PVCs by it) and
/// <c>intersystems.com/component: data</c> with <c>intersystems.com/kind: IrisCluster</c> (the selector
/// of the Service IKO 3.6 generated, IRISM README). <c>component: compute</c> is inferred from that
/// pattern and unconfirmed.
/// </summary>
public static class IkoPodLabels
{
    /// <summary>The label holding the IrisCluster's name.</summary>
    public const string NameKey = "intersystems.com/name";

    /// <summary>The label holding the node type.</summary>
    public const string ComponentKey = TierLabels.IkoComponentKey;

    /// <summary>The component of data nodes (confirmed).</summary>
    public const string Data = TierLabels.IkoData;

    /// <summary>The component of compute nodes (unconfirmed).</summary>
    public const string Compute = TierLabels.IkoCompute;
}
