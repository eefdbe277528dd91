using IrisStack.Components.Cluster;
using IrisStack.Components.Data.Iko;
using IrisStack.Components.Graph;

namespace IrisStack.Components.Data.Cluster;

/// <summary>
/// The <c>spec</c> of the <c>intersystems.com/v1alpha1</c> IrisCluster, from fields the IKO sample
/// confirms only (licenseKeySecret, configSource, imagePullSecrets, storageClassName, tls as volume
/// sources, serviceTemplate, topology.data/compute/arbiter with image, mirrored, replicas,
/// preferredZones, podTemplate and the four storage volumes), and, each behind its switch, two
/// unconfirmed pod template fields: a zone anti-affinity and the ServiceAccount. Pure: the same settings give the same spec.
/// </summary>
public static class IrisClusterManifest
{
    /// <summary>The custom resource's API version and kind.</summary>
    public const string ApiVersion = "intersystems.com/v1alpha1";

    /// <summary>The custom resource's kind.</summary>
    public const string Kind = "IrisCluster";

    /// <summary>UID, GID and fsGroup of irisowner in the IRIS images.</summary>
    public const int IrisOwner = 51773;

    /// <summary>The topology key of availability zones.</summary>
    public const string ZoneTopologyKey = "topology.kubernetes.io/zone";

    // The arbiter only votes on failover; a fixed small footprint.
    private static readonly MapValue ArbiterResources = Resources("100m", "128Mi", "500m", "256Mi");

    /// <summary>The IrisCluster's spec.</summary>
    public static MapValue Spec(IrisClusterConfig config, IrisClusterRefs refs)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(refs);
        var r = config.Resources;
        var irisResources = Resources(r.CpuRequest, r.MemoryRequest, r.CpuLimit, r.MemoryLimit);
        var data = MapValue.Of(
        [
            ("image", config.IrisImage),
            ("mirrored", config.Mirrored ? (Value)true : null),
            ("preferredZones", ListValue.Of(config.DataZones.Select(z => (Value)z))),
            ("podTemplate", PodTemplate(config, refs, irisResources, refs.ServiceAccountName, DataZoneAntiAffinity(config))),
            .. Volumes(config.Storage),
        ]);
        var compute = config.ComputeReplicas == 0 ? null : MapValue.Of(
        [
            ("image", config.IrisImage),
            ("replicas", config.ComputeReplicas),
            ("podTemplate", PodTemplate(config, refs, irisResources, refs.ServiceAccountName)),
            .. Volumes(config.ComputeStorage),
        ]);
        var arbiter = !config.Mirrored ? null : MapValue.Of(
            ("image", config.ArbiterImage),
            ("preferredZones", ListValue.Of(config.ArbiterZone!)),
            ("podTemplate", PodTemplate(config, refs, ArbiterResources)));
        var tls = refs.TlsCommonSecret is null && refs.TlsMirrorSecret is null ? null : MapValue.Of(
            ("common", SecretVolume(refs.TlsCommonSecret)),
            ("mirror", SecretVolume(refs.TlsMirrorSecret)));
        return MapValue.Of(
            ("licenseKeySecret", refs.LicenseKeySecret is { } license ? MapValue.Of(("name", license)) : null),
            ("configSource", MapValue.Of(("name", refs.ConfigSource))),
            ("imagePullSecrets", refs.ImagePullSecret is { } pull ? ListValue.Of(MapValue.Of(("name", pull))) : null),
            ("storageClassName", refs.StorageClassName),
            ("tls", tls),
            // Inside the cluster only: the tiers in front reach IRIS through the Web Gateway.
            ("serviceTemplate", MapValue.Of(("spec", MapValue.Of(("type", "ClusterIP"))))),
            ("topology", MapValue.Of(("data", data), ("compute", compute), ("arbiter", arbiter))));
    }

    private static MapValue PodTemplate(IrisClusterConfig config, IrisClusterRefs refs, MapValue resources, string? serviceAccountName = null, MapValue? affinity = null)
    {
        var dedicated = TierNodes.Value(TierGroup.Iris);
        return MapValue.Of(("spec", MapValue.Of(
            ("serviceAccountName", serviceAccountName is null ? null : (Value)serviceAccountName),
            ("affinity", affinity),
            ("securityContext", config.PodSecurityContext
                ? MapValue.Of(("runAsNonRoot", true), ("runAsUser", IrisOwner), ("runAsGroup", IrisOwner), ("fsGroup", IrisOwner))
                : null),
            ("resources", resources),
            ("nodeSelector", refs.DedicatedNodes ? MapValue.Of((TierNodes.DedicatedKey, dedicated)) : null),
            ("tolerations", refs.DedicatedNodes
                ? ListValue.Of(MapValue.Of(("key", TierNodes.DedicatedKey), ("operator", "Equal"), ("value", dedicated), ("effect", "NoSchedule")))
                : null))));
    }

    // The mirror members must never share a zone: a zone outage would take both. Only a mirrored tier has two.
    private static MapValue? DataZoneAntiAffinity(IrisClusterConfig config) => !config.Mirrored || !config.ZoneAntiAffinity ? null : MapValue.Of(
        ("podAntiAffinity", MapValue.Of(
            ("requiredDuringSchedulingIgnoredDuringExecution", ListValue.Of(MapValue.Of(
                ("labelSelector", MapValue.Of(("matchLabels", MapValue.Of(
                    (IkoPodLabels.NameKey, config.Name),
                    (IkoPodLabels.ComponentKey, IkoPodLabels.Data))))),
                ("topologyKey", ZoneTopologyKey)))))));

    private static IEnumerable<(string, Value?)> Volumes(IrisStorage storage) =>
    [
        ("storageDB", Claim(storage.Db)),
        ("storageWIJ", Claim(storage.Wij)),
        ("storageJournal1", Claim(storage.Journal1)),
        ("storageJournal2", Claim(storage.Journal2)),
    ];

    private static MapValue Claim(string size) => MapValue.Of(("resources", MapValue.Of(("requests", MapValue.Of(("storage", size))))));

    private static MapValue? SecretVolume(string? secret) => secret is null ? null : MapValue.Of(("secret", MapValue.Of(("secretName", secret))));

    private static MapValue Resources(string cpuRequest, string memoryRequest, string cpuLimit, string memoryLimit) => MapValue.Of(
        ("requests", MapValue.Of(("cpu", cpuRequest), ("memory", memoryRequest))),
        ("limits", MapValue.Of(("cpu", cpuLimit), ("memory", memoryLimit))));
}
