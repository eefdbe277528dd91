using System.Collections.Immutable;
using IrisStack.Components.Graph;

namespace IrisStack.Components.Data.Iko;

/// <summary>
/// PodDisruptionBudgets on the pods IKO creates, where one is sound. IKO 3.3's log of what it
/// creates for an IrisCluster (Services, the mirror labeler's ServiceAccount, Role and RoleBinding,
/// ConfigMaps, StatefulSets; IKO01 README) has no PodDisruptionBudget, so these do not compete with
/// one of its own. A mirrored pair keeps one member (minAvailable 1): a drain takes one at a time and
/// the other carries on as primary. A single data node gets none, since a budget of one of one pod
/// would block every drain. Compute (two or more replicas) may lose one at a time, behind a switch
/// because its label is unconfirmed. Budgets do not slow IKO's own rolling updates, which delete pods
/// rather than evict them.
/// </summary>
public static class IrisDisruptionBudgets
{
    /// <summary>Each budget's role (for its logical name), name and <c>spec</c>.</summary>
    public static ImmutableArray<(string Role, string Name, MapValue Spec)> Plan(OperatorConfig config, IrisClusterNames names)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(names);
        var result = ImmutableArray.CreateBuilder<(string, string, MapValue)>();
        if (config.DataDisruptionBudget && names.Mirrored)
        {
            result.Add(("pdb-data", $"{names.ClusterName}-data", MapValue.Of(("minAvailable", 1), ("selector", Selector(names, IkoPodLabels.Data)))));
        }

        if (config.ComputeDisruptionBudget && names.ComputeReplicas >= 2)
        {
            result.Add(("pdb-compute", $"{names.ClusterName}-compute", MapValue.Of(("maxUnavailable", 1), ("selector", Selector(names, IkoPodLabels.Compute)))));
        }

        return result.ToImmutable();
    }

    private static MapValue Selector(IrisClusterNames names, string component) => MapValue.Of(("matchLabels", MapValue.Of(
        (IkoPodLabels.NameKey, names.ClusterName),
        (IkoPodLabels.ComponentKey, component))));
}
