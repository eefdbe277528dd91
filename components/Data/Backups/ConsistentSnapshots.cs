using System.Collections.Immutable;
using IrisStack.Components.Aws;
using IrisStack.Components.Cluster;
using IrisStack.Components.Graph;
using IrisStack.Components.Kubernetes;

namespace IrisStack.Components.Data.Backups;

/// <summary>
/// IRIS-consistent snapshots: in the IRIS namespace, a CronJob whose script
/// (<see cref="ConsistentSnapshotScript"/>) freezes IRIS in each data pod through <c>kubectl exec</c>,
/// snapshots that pod's EBS volumes and thaws it; the ServiceAccount it runs as, holding an IRSA
/// role limited to <see cref="ConsistentSnapshotPolicy"/>; a Role that allows <c>pods/exec</c> on
/// the data pods by name and nothing else; and the NetworkPolicy that lets the job reach the
/// Kubernetes API and AWS's public endpoints on 443 only (the namespace denies everything else).
/// </summary>
public static class ConsistentSnapshots
{
    /// <summary>The UID and GID the job runs as (no user of the image is assumed).</summary>
    public const int RunAs = 65532;

    /// <summary>Where the script is mounted.</summary>
    public const string ScriptPath = "/scripts/consistent-snapshot.sh";

    /// <summary>The label that selects the job's pods (the NetworkPolicy's selector).</summary>
    public const string PodLabel = "app.kubernetes.io/name";

    private const int HttpsPort = 443;

    // AWS's endpoints are reached through the NAT gateways; private ranges stay closed but for the API's.
    private static readonly string[] PrivateRanges = ["10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16"];

    /// <summary>The job's name (CronJob, ServiceAccount, Role, ConfigMap): <c>{cluster}-snapshots</c>.</summary>
    public static string Name(IrisClusterNames names)
    {
        ArgumentNullException.ThrowIfNull(names);
        return $"{names.ClusterName}-snapshots";
    }

    /// <summary>Adds the job and what it needs; returns the CronJob.</summary>
    public static NodeRef Add(GraphBuilder graph, ComponentScope scope, StackContext context, string parent, ConsistentSnapshotsConfig config, int retentionDays,
        ClusterOutputs cluster, IrisClusterNames names, IReadOnlyDictionary<string, string> labels, IReadOnlyList<string> controlPlaneCidrs)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(cluster);
        ArgumentNullException.ThrowIfNull(controlPlaneCidrs);
        if (controlPlaneCidrs.Count == 0)
        {
            throw new ArgumentException("The job reaches the Kubernetes API through the control plane's subnets; pass their CIDRs (DataPlacement.ControlPlaneCidrs).", nameof(controlPlaneCidrs));
        }

        var ns = names.Namespace;
        var name = Name(names);
        var provider = cluster.KubernetesProvider;
        ImmutableArray<string> namespaceNodes = cluster.NamespaceNodes.TryGetValue(ns, out var node) ? [node] : [];
        NodeRef Object(string role, string apiVersion, string kind, string objectName, MapValue fields, IEnumerable<string> dependsOn) =>
            KubernetesObjects.Add(graph, scope.Child(role), apiVersion, kind, KubernetesObjects.Metadata(objectName, ns, labels), fields, parent, provider, dependsOn);

        var tagValue = BackupSelectionTag.Value(context);
        var policyName = scope.Child("snapshots-policy");
        var policy = graph.Resource("aws:iam/policy:Policy", policyName, MapValue.Of(
            ("description", $"Lets the IRIS snapshot job ({ns}/{name}) snapshot the volumes tagged {BackupSelectionTag.Key}={tagValue}"),
            ("policy", JsonTemplate.Render(ConsistentSnapshotPolicy.Document(context, tagValue))),
            ("tags", context.TagsFor(policyName))),
            parent);
        var role = IrsaRoles.Add(graph, context, parent, scope.Child("snapshots-role"),
            $"Lets the IRIS snapshot job ({ns}/{name}) take and expire its EBS snapshots", cluster.OidcProviderArn, cluster.OidcIssuer, ns, name, [policy.Arn]);

        // kubectl needs the API token, so this ServiceAccount mounts it; only this job runs as it.
        var account = KubernetesObjects.Add(graph, scope.Child("snapshots-service-account"), "v1", "ServiceAccount",
            KubernetesObjects.Metadata(name, ns, labels).With("annotations", MapValue.Of((ExportAccess.RoleAnnotation, role.Role.Arn))),
            MapValue.Of(("automountServiceAccountToken", true)), parent, provider, [.. namespaceNodes, .. role.Ready]);
        var rbacRole = Object("snapshots-exec-role", "rbac.authorization.k8s.io/v1", "Role", name, MapValue.Of(("rules", ExecRules(names))), namespaceNodes);
        var binding = Object("snapshots-exec-binding", "rbac.authorization.k8s.io/v1", "RoleBinding", name, MapValue.Of(
            ("roleRef", MapValue.Of(("apiGroup", "rbac.authorization.k8s.io"), ("kind", "Role"), ("name", name))),
            ("subjects", ListValue.Of(MapValue.Of(("kind", "ServiceAccount"), ("name", name), ("namespace", ns))))),
            [rbacRole.Name, account.Name]);
        var script = Object("snapshots-script", "v1", "ConfigMap", name, MapValue.Of(("data", MapValue.Of(
            (Path.GetFileName(ScriptPath), ConsistentSnapshotScript.Render(new ConsistentSnapshotSpec(ns, [.. names.DataPods], tagValue, config.FreezeTimeoutSeconds, retentionDays)))))),
            namespaceNodes);
        var egress = Object("snapshots-egress", "networking.k8s.io/v1", "NetworkPolicy", $"{name}-egress", MapValue.Of(("spec", Egress(name, controlPlaneCidrs))), namespaceNodes);
        return Object("snapshots", "batch/v1", "CronJob", name, MapValue.Of(("spec", CronJobSpec(config, name, context.Region))),
            [.. namespaceNodes, account.Name, binding.Name, script.Name, egress.Name]);
    }

    /// <summary>
    /// The Role's rules: read the data pods and exec into them, by name. kubectl reads the pod before
    /// it execs; the exec subresource is <c>create</c> over SPDY and <c>get</c> over WebSockets
    /// (newer kubectl), both the same grant.
    /// </summary>
    public static ListValue ExecRules(IrisClusterNames names)
    {
        ArgumentNullException.ThrowIfNull(names);
        var pods = ListValue.Of(names.DataPods.Select(p => (Value)p));
        return ListValue.Of(
            MapValue.Of(("apiGroups", ListValue.Of(string.Empty)), ("resources", ListValue.Of("pods")), ("resourceNames", pods), ("verbs", ListValue.Of("get"))),
            MapValue.Of(("apiGroups", ListValue.Of(string.Empty)), ("resources", ListValue.Of("pods/exec")), ("resourceNames", pods), ("verbs", ListValue.Of("create", "get"))));
    }

    private static MapValue Egress(string name, IReadOnlyList<string> controlPlaneCidrs)
    {
        var https = ListValue.Of(MapValue.Of(("protocol", "TCP"), ("port", HttpsPort)));
        return MapValue.Of(
            ("podSelector", MapValue.Of(("matchLabels", MapValue.Of((PodLabel, name))))),
            ("policyTypes", ListValue.Of("Egress")),
            ("egress", ListValue.Of(
                MapValue.Of(("to", ListValue.Of(controlPlaneCidrs.Select(c => (Value)MapValue.Of(("ipBlock", MapValue.Of(("cidr", c))))))), ("ports", https)),
                // EC2 and STS have no VPC endpoint in this network: their public addresses, nothing private.
                MapValue.Of(("to", ListValue.Of(MapValue.Of(("ipBlock", MapValue.Of(("cidr", "0.0.0.0/0"), ("except", ListValue.Of(PrivateRanges.Select(r => (Value)r)))))))), ("ports", https)))));
    }

    private static MapValue CronJobSpec(ConsistentSnapshotsConfig config, string name, string region)
    {
        var r = config.Resources;
        var pods = MapValue.Of(
            ("metadata", MapValue.Of(("labels", MapValue.Of((PodLabel, name))))),
            ("spec", MapValue.Of(
                ("serviceAccountName", name),
                ("restartPolicy", "Never"),
                // Time for the EXIT trap to thaw after SIGTERM.
                ("terminationGracePeriodSeconds", 60),
                ("securityContext", MapValue.Of(
                    ("runAsNonRoot", true), ("runAsUser", RunAs), ("runAsGroup", RunAs),
                    ("seccompProfile", MapValue.Of(("type", "RuntimeDefault"))))),
                ("containers", ListValue.Of(MapValue.Of(
                    ("name", "snapshot"),
                    ("image", config.Image),
                    ("command", ListValue.Of("/bin/sh", ScriptPath)),
                    ("env", ListValue.Of(
                        MapValue.Of(("name", "AWS_REGION"), ("value", region)),
                        // kubectl and the AWS CLI write caches under HOME; the root filesystem is read-only.
                        MapValue.Of(("name", "HOME"), ("value", "/tmp")))),
                    ("resources", MapValue.Of(
                        ("requests", MapValue.Of(("cpu", r.CpuRequest), ("memory", r.MemoryRequest))),
                        ("limits", MapValue.Of(("cpu", r.CpuLimit), ("memory", r.MemoryLimit))))),
                    ("securityContext", MapValue.Of(
                        ("allowPrivilegeEscalation", false),
                        ("readOnlyRootFilesystem", true),
                        ("runAsNonRoot", true),
                        ("capabilities", MapValue.Of(("drop", ListValue.Of("ALL")))))),
                    ("volumeMounts", ListValue.Of(
                        MapValue.Of(("name", "script"), ("mountPath", Path.GetDirectoryName(ScriptPath)!), ("readOnly", true)),
                        MapValue.Of(("name", "tmp"), ("mountPath", "/tmp"))))))),
                ("volumes", ListValue.Of(
                    MapValue.Of(("name", "script"), ("configMap", MapValue.Of(("name", name)))),
                    MapValue.Of(("name", "tmp"), ("emptyDir", MapValue.Of(("sizeLimit", "64Mi")))))))));
        return MapValue.Of(
            ("schedule", config.Schedule),
            ("timeZone", "Etc/UTC"),
            // Never two freezes at once; a missed run is skipped rather than run late into the plan's window.
            ("concurrencyPolicy", "Forbid"),
            ("startingDeadlineSeconds", 600),
            ("successfulJobsHistoryLimit", 3),
            ("failedJobsHistoryLimit", 3),
            ("jobTemplate", MapValue.Of(("spec", MapValue.Of(
                // A failed run is not retried: the next schedule tries again, and the plan's snapshots remain.
                ("backoffLimit", 0),
                ("activeDeadlineSeconds", 1800),
                ("ttlSecondsAfterFinished", 86400),
                ("template", pods))))));
    }
}
