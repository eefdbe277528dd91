using System.Collections.Immutable;
using IrisStack.Components.Aws;
using IrisStack.Components.Cluster;
using IrisStack.Components.Collections;
using IrisStack.Components.Data.Backups;
using IrisStack.Components.Data.Cluster;
using IrisStack.Components.Data.Iko;
using IrisStack.Components.Data.Pki;
using IrisStack.Components.Data.Security;
using IrisStack.Components.Graph;
using IrisStack.Components.Kubernetes;

namespace IrisStack.Components.Data;

/// <summary>
/// The data layer (<c>iris:data:Data</c>): the InterSystems Kubernetes Operator (its namespace, pull
/// Secrets and pinned Helm release); in the cluster layer's IRIS namespace, the private CA and
/// certificates in IKO's TLS Secrets, the license key Secret, the configSource ConfigMap with the
/// security merge files, the IrisCluster the operator reconciles into data, compute and arbiter
/// pods, disruption budgets on those pods where one is sound, and its backups
/// (<see cref="IrisBackups"/>). The accounts' password hashes are external inputs
/// (<see cref="AccountPasswordHashes"/>) until IRIS's hashing is confirmed.
/// </summary>
public static class DataLayer
{
    /// <summary>Adds the data layer to the graph, as the component <paramref name="scope"/> names.</summary>
    /// <param name="graph">The graph to add to.</param>
    /// <param name="scope">The component's name and parent.</param>
    /// <param name="context">The stack's account, region and tags.</param>
    /// <param name="config">The data settings.</param>
    /// <param name="cluster">The cluster layer's outputs.</param>
    /// <param name="placement">Storage class, node placement and the control plane's subnets, from the cluster and network settings.</param>
    /// <param name="webGatewayUsername">The IRIS account the Web Gateway logs in with; the merge files give it least privilege.</param>
    public static DataOutputs Build(GraphBuilder graph, ComponentScope scope, StackContext context, DataConfig config, ClusterOutputs cluster, DataPlacement placement, string webGatewayUsername)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(cluster);
        ArgumentNullException.ThrowIfNull(placement);
        var component = graph.Component(TypeTokens.Data, scope);
        var ns = cluster.Namespaces.Iris;
        var names = config.Cluster.NamesIn(ns);
        EquatableArray<string> namespaceNodes = cluster.NamespaceNodes.TryGetValue(ns, out var nsNode) ? [nsNode] : [];
        var labels = Labels(context, names);
        NodeRef Object(string role, string apiVersion, string kind, string name, MapValue fields, IEnumerable<string> dependsOn) =>
            KubernetesObjects.Add(graph, scope.Child(role), apiVersion, kind, KubernetesObjects.Metadata(name, ns, labels), fields, component.Name, cluster.KubernetesProvider, dependsOn);

        var irisPlacement = new PkiSecretPlacement(cluster.KubernetesProvider, namespaceNodes, labels);
        var iko = IrisOperator.Add(graph, scope, context, config.Operator, names, component.Name, irisPlacement, placement.ControlPlaneCidrs);
        var pki = IrisPki.Add(graph, scope, config.Tls, names, component.Name, irisPlacement);
        var license = config.Cluster.LicenseKey is { } key
            ? Object("license", "v1", "Secret", $"{names.ClusterName}-license", MapValue.Of(("type", "Opaque"), ("stringData", MapValue.Of(("iris.key", key)))), namespaceNodes)
            : null;

        var mergeFiles = MergeFileRenderer.Render(config.Security, new MergeFileInputs(
            webGatewayUsername,
            config.Cluster.Mirrored ? IrisSecurityDefaults.IkoMirrorSetName : null,
            IrisSecurityDefaults.IkoEcpServerName,
            AccountPasswordHashes.Of(MergeFileRenderer.Accounts(config.Security, webGatewayUsername), config.Security.PasswordHashes)));
        var configSource = KubernetesObjects.Add(graph, scope.Child("cpf"), "v1", "ConfigMap",
            KubernetesObjects.Metadata($"{names.ClusterName}-cpf", ns, labels).With("annotations", MapValue.Of((MergeFiles.AdminAnnotation, config.Security.AdminUsername))),
            MapValue.Of(("data", mergeFiles.ConfigMapData())), component.Name, cluster.KubernetesProvider, namespaceNodes);

        var tls = pki.TlsSecrets(includeUnconfirmed: false);
        var refs = new IrisClusterRefs(
            ConfigSource: $"{names.ClusterName}-cpf",
            StorageClassName: placement.StorageClassName,
            LicenseKeySecret: license is null ? null : $"{names.ClusterName}-license",
            ImagePullSecret: iko.IrisPullSecret,
            TlsCommonSecret: tls.GetValueOrDefault("common"),
            TlsMirrorSecret: tls.GetValueOrDefault("mirror"),
            DedicatedNodes: placement.DedicatedNodes,
            ServiceAccountName: config.Cluster.ExportServiceAccount ? ExportAccess.ServiceAccountName(names) : null);
        var irisCluster = Object("iris-cluster", IrisClusterManifest.ApiVersion, IrisClusterManifest.Kind, names.ClusterName,
            MapValue.Of(("spec", IrisClusterManifest.Spec(config.Cluster, refs))),
            [.. namespaceNodes, iko.Release.Name, .. iko.IrisNamespaceNodes, .. pki.SecretNodes, configSource.Name, .. license is null ? [] : new[] { license.Name }]);
        foreach (var (role, name, spec) in IrisDisruptionBudgets.Plan(config.Operator, names))
        {
            Object(role, "policy/v1", "PodDisruptionBudget", name, MapValue.Of(("spec", spec)), namespaceNodes);
        }

        Artifact[] artifacts =
        [
            new(DataArtifacts.MergeFilePath(MergeFiles.CommonKey), mergeFiles.Common.Masked),
            new(DataArtifacts.MergeFilePath(MergeFiles.DataKey), mergeFiles.Data.Masked),
            new(DataArtifacts.MergeFilePath(MergeFiles.ComputeKey), mergeFiles.Compute.Masked),
            new(DataArtifacts.PkiPath, PkiSummaryRenderer.Render(config.Tls, pki, IrisPki.CaSubject(names, config.Tls))),
        ];
        var backups = IrisBackups.Add(graph, scope, context, component.Name, config.Backups, cluster, names, labels, placement.ControlPlaneCidrs);
        return new DataOutputs(names, pki.Authority, irisCluster, [.. artifacts], backups);
    }

    private static ImmutableSortedDictionary<string, string> Labels(StackContext context, IrisClusterNames names) =>
        KubernetesLabels.Standard(context)
            .SetItem("app.kubernetes.io/name", names.ClusterName)
            .SetItem("app.kubernetes.io/component", "iris")
            .SetItem("app.kubernetes.io/instance", context.Stack)
            .SetItem(TierLabels.Key, TierLabels.Value(Tier.IrisData));
}
