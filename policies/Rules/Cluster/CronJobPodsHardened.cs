using System.Collections.Immutable;
using IrisStack.Components.Graph;

namespace IrisStack.Policies.Rules.Cluster;

/// <summary>
/// A CronJob's pods are hardened: non-root, seccomp RuntimeDefault (or a local profile), and every
/// container unprivileged, without privilege escalation, with all capabilities dropped and a
/// read-only root filesystem.
/// </summary>
public sealed class CronJobPodsHardened : ResourcePolicy
{
    private const string OnlyCronJobs = "only CronJob pod templates (the stack's scheduled jobs, such as the IRIS snapshot job); Deployments and the operator-rendered pods are left to their own rules";

    private static readonly string[] PodPath = ["spec", "jobTemplate", "spec", "template", "spec"];

    private static readonly string[] ContainerLists = ["initContainers", "containers"];

    /// <inheritdoc />
    public override string Id => "k8s-cronjob-pods-hardened";

    /// <inheritdoc />
    public override string Description => "Every CronJob's pod template runs as non-root with seccomp RuntimeDefault (pod or every container), and each container sets privileged off, allowPrivilegeEscalation: false, capabilities.drop [ALL] and readOnlyRootFilesystem: true.";

    /// <inheritdoc />
    public override string Rationale => "A scheduled job often holds strong credentials (the IRIS snapshot job may exec into the data pods and snapshot volumes); a container that can gain privileges or write its own filesystem turns a compromised image into a foothold with them. The fields are Pod Security restricted plus a read-only root filesystem.";

    /// <inheritdoc />
    public override string Layer => "cluster";

    /// <inheritdoc />
    public override ImmutableArray<string> PeerIds => ["CKV_K8S_20", "CKV_K8S_22", "CKV_K8S_23", "CKV_K8S_31", "CKV_K8S_37", "C-0013", "C-0016", "C-0017", "C-0046", "C-0055"];

    /// <inheritdoc />
    public override ImmutableDictionary<string, string> PartialPeers => PeerIds.ToImmutableDictionary(p => p, _ => OnlyCronJobs);

    /// <inheritdoc />
    public override ImmutableHashSet<string> ResourceTypes => ["kubernetes:batch/v1:CronJob", "kubernetes:batch/v1beta1:CronJob"];

    /// <inheritdoc />
    protected override IEnumerable<Finding> Check(ResourceNode node, PolicyContext context)
    {
        ArgumentNullException.ThrowIfNull(node);
        var pod = PodPath;
        var spec = node.Input(string.Join('.', pod)) as MapValue ?? MapValue.Empty;
        var podContext = spec["securityContext"] as MapValue;
        var containers = ContainerLists
            .SelectMany(list => (spec[list] as ListValue)?.Items.Select((c, i) => (Path: PropertyPath.Of([.. pod, list]) + $"[{i}]", Context: (c as MapValue)?["securityContext"] as MapValue)) ?? [])
            .ToList();

        bool Everywhere(Func<MapValue?, bool> holds) => holds(podContext) || (containers.Count > 0 && containers.All(c => holds(c.Context)));
        if (!Everywhere(c => c?["runAsNonRoot"] is BoolValue { Value: true }))
        {
            yield return Violation(node, PropertyPath.Of([.. pod, "securityContext", "runAsNonRoot"]), "The job's pods may run as root.", "Set runAsNonRoot: true and a non-zero runAsUser in the pod's securityContext.");
        }

        if (!Everywhere(c => (c?["seccompProfile"] as MapValue)?["type"] is StringValue { Value: "RuntimeDefault" or "Localhost" }))
        {
            yield return Violation(node, PropertyPath.Of([.. pod, "securityContext", "seccompProfile", "type"]), "The job's pods run without a seccomp profile.", "Set seccompProfile.type: RuntimeDefault in the pod's securityContext.");
        }

        foreach (var (path, securityContext) in containers)
        {
            if (securityContext?["privileged"] is BoolValue { Value: true })
            {
                yield return Violation(node, path + ".securityContext.privileged", "The container is privileged.", "Remove privileged: true.");
            }

            if (securityContext?["allowPrivilegeEscalation"] is not BoolValue { Value: false })
            {
                yield return Violation(node, path + ".securityContext.allowPrivilegeEscalation", "The container may gain privileges (setuid binaries, file capabilities).", "Set allowPrivilegeEscalation: false in the container's securityContext.");
            }

            if ((securityContext?["capabilities"] as MapValue)?["drop"] is not ListValue drop || !drop.Items.Any(d => d is StringValue { Value: "ALL" }))
            {
                yield return Violation(node, path + ".securityContext.capabilities.drop", "The container keeps the runtime's default capabilities.", "Set capabilities.drop: [ALL] in the container's securityContext (add back only what it needs).");
            }

            if (securityContext?["readOnlyRootFilesystem"] is not BoolValue { Value: true })
            {
                yield return Violation(node, path + ".securityContext.readOnlyRootFilesystem", "The container can write its root filesystem.", "Set readOnlyRootFilesystem: true and mount an emptyDir where it must write (e.g. /tmp).");
            }
        }
    }
}
