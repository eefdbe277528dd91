namespace IrisStack.Components.Data.Iko;

/// <summary>
/// Labels the InterSystems Kubernetes Operator puts on the pods of an IrisCluster. Seen with IKO:
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
    public const string ComponentKey = "intersystems.com/component";

    /// <summary>The component of data nodes (confirmed).</summary>
    public const string Data = "data";

    /// <summary>The component of compute nodes (unconfirmed).</summary>
    public const string Compute = "compute";
}
