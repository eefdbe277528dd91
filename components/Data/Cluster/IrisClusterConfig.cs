using IrisStack.Components.Collections;
using IrisStack.Components.Config;
using IrisStack.Components.Graph;
using IrisStack.Components.Kubernetes;

namespace IrisStack.Components.Data.Cluster;

/// <summary>
/// The IrisCluster the operator reconciles (<c>iris-stack:data.cluster</c>): images, the data tier
/// (mirrored over two zones with the arbiter in a third, or a single node), compute (ECP) replicas,
/// volume sizes, container resources and the license key.
/// </summary>
/// <param name="Name">The IrisCluster's name; pods are named from it (<see cref="IrisClusterNames"/>).</param>
/// <param name="IrisImage">The IRIS image of data and compute nodes, pinned.</param>
/// <param name="ArbiterImage">The arbiter image, pinned.</param>
/// <param name="Mirrored">Whether the data tier is a mirror pair with an arbiter.</param>
/// <param name="DataZones">Zones of the data nodes (the two mirror members in a mirrored tier).</param>
/// <param name="ArbiterZone">The arbiter's zone, a third one; null when not mirrored.</param>
/// <param name="ComputeReplicas">Compute (ECP application server) pods.</param>
/// <param name="Storage">Volume sizes of the data nodes.</param>
/// <param name="Resources">Container requests and limits of data and compute nodes.</param>
/// <param name="LicenseKey">The iris.key content, a secret (from <c>licenseKey</c> or the file <c>licenseKeyFile</c> names); it reaches the cluster only in a Kubernetes Secret.</param>
/// <param name="PodSecurityContext">
/// Whether the pod template sets runAsUser/runAsGroup/fsGroup 51773 itself. IRIS images already run
/// as irisowner (51773); whether IKO honours podTemplate.spec.securityContext is unconfirmed, so it
/// is one switch, on by default (the safe choice: the pods cannot run as root).
/// </param>
public sealed record IrisClusterConfig(
    string Name,
    string IrisImage,
    string ArbiterImage,
    bool Mirrored,
    EquatableArray<string> DataZones,
    string? ArbiterZone,
    int ComputeReplicas,
    IrisStorage Storage,
    PodResources Resources,
    SecretValue? LicenseKey,
    bool PodSecurityContext)
{
    /// <summary>The images' default tag.</summary>
    public const string DefaultTag = "2025.1";

    /// <summary>The default volume sizes: enough for a small database.</summary>
    public static IrisStorage DefaultStorage { get; } = new("20Gi", "10Gi", "10Gi", "10Gi");

    /// <summary>The default requests and limits of an IRIS container.</summary>
    public static PodResources DefaultResources { get; } = new("1", "4Gi", "2", "8Gi");

    /// <summary>Volume sizes of the compute nodes.</summary>
    public IrisStorage ComputeStorage { get; init; } = DefaultStorage;

    /// <summary>
    /// Whether a mirrored tier's data pods carry a required pod anti-affinity across
    /// <c>topology.kubernetes.io/zone</c>, so the two members can never share a zone even where
    /// preferredZones is only a preference. Whether IKO passes <c>podTemplate.spec.affinity</c> to
    /// the pods is unconfirmed; on by default (if IKO ignores it, nothing changes).
    /// </summary>
    public bool ZoneAntiAffinity { get; init; } = true;

    /// <summary>
    /// Whether the data and compute pods run as the export ServiceAccount (<c>podTemplate.spec.serviceAccountName</c>),
    /// which holds the export bucket's IRSA role. Whether IKO honours the field, and whether it would
    /// replace a ServiceAccount IKO sets itself, is unconfirmed; off by default.
    /// </summary>
    public bool ExportServiceAccount { get; init; }

    /// <summary>Where these settings were read from.</summary>
    public SettingsPath Settings { get; init; } = SettingsPath.Stack("data.cluster");

    /// <summary>The names IKO gives this cluster's pods in <paramref name="ns"/>.</summary>
    public IrisClusterNames NamesIn(string ns) => new(Name, ns, Mirrored, ComputeReplicas);

    /// <summary>
    /// Reads and validates the section; <paramref name="zones"/> are the network's zones, in order.
    /// <paramref name="mirroredByDefault"/> is true for a stack that protects its stateful resources:
    /// production runs a mirror unless it says otherwise (and the HA policy then asks why).
    /// </summary>
    public static IrisClusterConfig Read(ConfigSection section, IReadOnlyList<string> zones, bool mirroredByDefault = false)
    {
        ArgumentNullException.ThrowIfNull(section);
        ArgumentNullException.ThrowIfNull(zones);
        var name = section.String("name", "iris", "IrisCluster name; pods are <name>-data-0, <name>-compute-N, <name>-arbiter-0",
            n => KubernetesNames.IsDnsLabel(n) && n.Length <= 40 ? null : $"'{n}' is not a lower-case DNS label of at most 40 characters.");
        var iris = section.String("irisImage", $"containers.intersystems.com/intersystems/iris:{DefaultTag}", "IRIS image of data and compute nodes, pinned to a tag or digest", ContainerImage.Validate);
        var arbiter = section.String("arbiterImage", $"containers.intersystems.com/intersystems/arbiter:{DefaultTag}", "Arbiter image, pinned to a tag or digest", ContainerImage.Validate);
        // A mirror needs a third zone for its arbiter; with fewer the default stays unmirrored and the HA policy says why.
        var mirrored = section.Bool("mirrored", mirroredByDefault && zones.Count >= 3, "Mirror the data tier: two members in two zones and an arbiter in a third (default: true when protectStatefulResources is and the network has three zones)");
        var dataZones = section.StringList("dataZones", [.. zones.Take(mirrored ? 2 : 1)], "Zones of the data nodes (default: the network's first zones)",
            z => zones.Contains(z) ? null : $"'{z}' is not one of the network's zones ({string.Join(", ", zones)}).");
        var arbiterZone = mirrored
            ? section.String("arbiterZone", zones.Count > 2 ? zones[2] : string.Empty, "Zone of the arbiter, apart from the data zones (default: the network's third zone)")
            : null;
        // Without zones at all the caller has already reported them missing.
        if (zones.Count > 0)
        {
            CheckZones(section, mirrored, dataZones, arbiterZone);
        }

        var compute = section.Int("computeReplicas", 1, "Compute (ECP application server) pods; the Web Gateway talks to these", 0, 16);
        var storage = IrisStorage.Read(section.Section("storage", "Volume sizes of the data nodes, which hold the databases"), DefaultStorage);
        // Compute nodes reach the databases over ECP and keep only the instance's own on their volumes.
        var computeStorage = IrisStorage.Read(section.Section("computeStorage", "Volume sizes of the compute nodes (their own IRISSYS, IRISTEMP and journals, not the application databases)"), DefaultStorage);
        var resources = PodResources.Read(section.Section("resources", "Container CPU and memory requests and limits of IRIS nodes"), DefaultResources);
        var license = ReadLicenseKey(section);
        var securityContext = section.Bool("podSecurityContext", true, "Set runAsUser/runAsGroup/fsGroup 51773 in the pod template (whether IKO honours it is unconfirmed)");
        var antiAffinity = section.Bool("zoneAntiAffinity", true, "Give a mirrored tier's data pods a required pod anti-affinity across topology.kubernetes.io/zone (whether IKO passes podTemplate.spec.affinity on is unconfirmed)");
        var exportServiceAccount = section.Bool("exportServiceAccount", false, "Run the data and compute pods as the export ServiceAccount, which holds the export bucket's IRSA role (whether IKO honours podTemplate.spec.serviceAccountName is unconfirmed)");
        section.RejectUnknownKeys();
        return new IrisClusterConfig(name, iris, arbiter, mirrored, dataZones, arbiterZone, compute, storage, resources, license, securityContext)
        {
            Settings = section.Settings,
            ComputeStorage = computeStorage,
            ZoneAntiAffinity = antiAffinity,
            ExportServiceAccount = exportServiceAccount,
        };
    }

    // The key's two sources exclude each other; the file's content is a secret from the moment it is read.
    private static SecretValue? ReadLicenseKey(ConfigSection section)
    {
        var inline = section.Secret("licenseKey", "The iris.key content (pulumi config set --secret); lands only in a Kubernetes Secret. Unset (and no licenseKeyFile), IRIS runs without a license key", required: false);
        var fromFile = section.SecretFile("licenseKeyFile", "Path of the iris.key file, relative to the folder of the stack files or absolute; read at preview, its content is kept only as a secret. Excludes licenseKey");
        if (section.Has("licenseKey") && section.Has("licenseKeyFile"))
        {
            section.Error("licenseKeyFile", $"is set together with {section.KeyOf("licenseKey")}; the license key must come from exactly one of them.",
                $"remove {section.KeyOf("licenseKey")} or {section.KeyOf("licenseKeyFile")}.");
            return null;
        }

        return inline ?? fromFile;
    }

    private static void CheckZones(ConfigSection section, bool mirrored, IReadOnlyList<string> dataZones, string? arbiterZone)
    {
        if (mirrored)
        {
            var all = dataZones.Append(arbiterZone!).Where(z => z.Length > 0).ToList();
            if (dataZones.Count != 2 || all.Count != 3 || all.Distinct().Count() != 3)
            {
                section.Error("mirrored", $"a mirrored data tier needs three distinct zones, two for the members and one for the arbiter; it has data zones [{string.Join(", ", dataZones)}] and arbiter zone '{arbiterZone}'.",
                    "set dataZones to two of the network's zones and arbiterZone to a third (the network needs azCount 3 or more).");
            }
        }
        else if (dataZones.Count != 1)
        {
            section.Error("dataZones", $"lists {dataZones.Count} zones, but an unmirrored data tier has one node.", "list one zone, or set mirrored: true for two.");
        }
    }
}
