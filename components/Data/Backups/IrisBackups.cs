using System.Collections.Immutable;
using IrisStack.Components.Aws;
using IrisStack.Components.Cluster;
using IrisStack.Components.Graph;

namespace IrisStack.Components.Data.Backups;

/// <summary>
/// The data layer's backups: the guarded, CMK-encrypted vault with the plan that snapshots the IRIS
/// volumes by tag, the hardened export bucket with its access log bucket, and the IRSA role and
/// ServiceAccount through which the IRIS pods write exports and journal archives there, and, when
/// enabled, the CronJob that takes IRIS-consistent snapshots (<see cref="ConsistentSnapshots"/>).
/// </summary>
public static class IrisBackups
{
    /// <summary>Adds everything under the data component <paramref name="parent"/>.</summary>
    /// <param name="graph">The graph to add to.</param>
    /// <param name="scope">The data component's name.</param>
    /// <param name="context">The stack's account, region, tags and protection.</param>
    /// <param name="parent">The data component node's name.</param>
    /// <param name="config">The backup settings.</param>
    /// <param name="cluster">The cluster layer's outputs (namespace, provider, OIDC provider).</param>
    /// <param name="names">The IrisCluster's names, which name the ServiceAccount and the prefix.</param>
    /// <param name="labels">The data layer's Kubernetes labels.</param>
    /// <param name="controlPlaneCidrs">The blocks of the subnets holding the control plane's interfaces, which the snapshot job reaches the API through.</param>
    public static BackupsOutputs Add(GraphBuilder graph, ComponentScope scope, StackContext context, string parent, BackupsConfig config,
        ClusterOutputs cluster, IrisClusterNames names, IReadOnlyDictionary<string, string> labels, IReadOnlyList<string> controlPlaneCidrs)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(cluster);
        ArgumentNullException.ThrowIfNull(names);
        ArgumentNullException.ThrowIfNull(config);
        var vault = BackupVault.Add(graph, scope, context, parent, config);
        var plan = BackupPlan.Add(graph, scope, context, parent, config, vault);
        var (bucket, key) = ExportStorage.Add(graph, scope, context, parent, config.ExportBucket);

        var ns = cluster.Namespaces.Iris;
        var serviceAccount = ExportAccess.ServiceAccountName(names);
        var prefix = $"{names.ClusterName}/";
        ImmutableArray<string> namespaceNodes = cluster.NamespaceNodes.TryGetValue(ns, out var node) ? [node] : [];
        var role = ExportAccess.Add(graph, scope, context, parent, new ExportAccessSpec(
            bucket, key, prefix, ns, serviceAccount, labels, cluster.OidcProviderArn, cluster.OidcIssuer, cluster.KubernetesProvider, namespaceNodes, config.ExportBucket.MountApiToken));
        var snapshots = config.ConsistentSnapshots is { } consistent
            ? ConsistentSnapshots.Add(graph, scope, context, parent, consistent, config.RetentionDays, cluster, names, labels, controlPlaneCidrs)
            : null;
        return new BackupsOutputs(vault, plan, bucket, prefix, serviceAccount, role.Role) { SnapshotJob = snapshots };
    }
}
