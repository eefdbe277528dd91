using IrisStack.Components.Graph;

namespace IrisStack.Components.Data.Backups;

/// <summary>What the stack and the IrisCluster use of the backups.</summary>
/// <param name="Vault">The backup vault.</param>
/// <param name="Plan">The backup plan.</param>
/// <param name="ExportBucket">The exports and journal archive bucket.</param>
/// <param name="ExportPrefix">The key prefix the IRIS pods may read and write in it.</param>
/// <param name="ServiceAccountName">
/// The ServiceAccount in the IRIS namespace that holds the bucket's IRSA role: the IRIS pods get
/// access by running as it (<c>podTemplate.spec.serviceAccountName</c>).
/// </param>
/// <param name="ExportRole">The IRSA role.</param>
public sealed record BackupsOutputs(NodeRef Vault, NodeRef Plan, NodeRef ExportBucket, string ExportPrefix, string ServiceAccountName, NodeRef ExportRole)
{
    /// <summary>The consistent-snapshot CronJob, when enabled.</summary>
    public NodeRef? SnapshotJob { get; init; }
}
