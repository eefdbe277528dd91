using System.Collections.Immutable;
using IrisStack.Components.Graph;

namespace IrisStack.Components.ApiGateway.Workload;

/// <summary>
/// Kong's pod spec: the IAM container in DB-less mode with kong.conf, kong.yml and the upstream CA
/// mounted read-only, non-root on a read-only root filesystem (Kong writes only its prefix and
/// /tmp, both emptyDirs), every capability dropped, probes on the status listener.
/// </summary>
public static class KongPodSpec
{
    /// <summary>The UID and GID of the <c>kong</c> user of Kong's images (unconfirmed for the IAM image: see the README).</summary>
    public const int KongUserId = 1000;

    /// <summary>Where Kong's images look for kong.conf.</summary>
    public const string KongConfPath = "/etc/kong/kong.conf";

    /// <summary>Renders the pod spec; <paramref name="selector"/> are the pod labels anti-affinity spreads by.</summary>
    public static MapValue Render(ApiGatewayConfig config, KongObjectNames names, IamLicense license, ImmutableSortedDictionary<string, string> selector)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(names);
        ArgumentNullException.ThrowIfNull(license);
        var workload = config.Workload;
        var r = workload.Resources;
        var status = MapValue.Of(("path", "/status"), ("port", "status"));
        var container = MapValue.Of(
            ("name", "kong"),
            ("image", workload.Image),
            ("imagePullPolicy", "IfNotPresent"),
            ("ports", ListValue.Of(
                MapValue.Of(("name", "proxy"), ("containerPort", config.ProxyPort), ("protocol", "TCP")),
                MapValue.Of(("name", "status"), ("containerPort", ApiGatewayArtifacts.StatusPort), ("protocol", "TCP")))),
            ("env", ListValue.Of(
                MapValue.Of(("name", "KONG_PREFIX"), ("value", ApiGatewayArtifacts.PrefixPath)),
                // The licence the documented way: the URL carries the IAM user's password, so it comes from a Secret.
                MapValue.Of(("name", KongObjectKeys.IrisUrl), ("valueFrom", MapValue.Of(("secretKeyRef", MapValue.Of(("name", names.LicenseSecret), ("key", KongObjectKeys.IrisUrl)))))),
                MapValue.Of(("name", "ISC_CA_CERT"), ("value", license.CaCertPem)))),
            ("volumeMounts", ListValue.Of(
                MapValue.Of(("name", "kong-yml"), ("mountPath", Path.GetDirectoryName(ApiGatewayArtifacts.DeclarativeConfigMountPath)!), ("readOnly", true)),
                MapValue.Of(("name", "kong-conf"), ("mountPath", KongConfPath), ("subPath", KongObjectKeys.KongConf), ("readOnly", true)),
                MapValue.Of(("name", "upstream-ca"), ("mountPath", Path.GetDirectoryName(ApiGatewayArtifacts.UpstreamCaPath)!), ("readOnly", true)),
                MapValue.Of(("name", "prefix"), ("mountPath", ApiGatewayArtifacts.PrefixPath)),
                MapValue.Of(("name", "tmp"), ("mountPath", "/tmp")))),
            ("resources", MapValue.Of(
                ("requests", MapValue.Of(("cpu", r.CpuRequest), ("memory", r.MemoryRequest))),
                ("limits", MapValue.Of(("cpu", r.CpuLimit), ("memory", r.MemoryLimit))))),
            ("readinessProbe", MapValue.Of(("httpGet", status), ("initialDelaySeconds", 5), ("periodSeconds", 10))),
            ("livenessProbe", MapValue.Of(("httpGet", status), ("initialDelaySeconds", 30), ("periodSeconds", 20), ("failureThreshold", 3))),
            ("securityContext", MapValue.Of(
                ("runAsNonRoot", true),
                ("allowPrivilegeEscalation", false),
                ("privileged", false),
                ("readOnlyRootFilesystem", true),
                ("capabilities", MapValue.Of(("drop", ListValue.Of("ALL")))))));

        var labelSelector = MapValue.Of(("matchLabels", MapValue.Strings(selector)));
        var hostname = MapValue.Of(("labelSelector", labelSelector), ("topologyKey", "kubernetes.io/hostname"));
        var antiAffinity = workload.HostnameSpread switch
        {
            HostnameSpread.Required => MapValue.Of(
                ("requiredDuringSchedulingIgnoredDuringExecution", ListValue.Of(hostname)),
                ("preferredDuringSchedulingIgnoredDuringExecution", ListValue.Of(Preferred(labelSelector, "topology.kubernetes.io/zone")))),
            HostnameSpread.Preferred => MapValue.Of(
                ("preferredDuringSchedulingIgnoredDuringExecution", ListValue.Of(Preferred(labelSelector, "topology.kubernetes.io/zone"), Preferred(labelSelector, "kubernetes.io/hostname")))),
            _ => throw new ArgumentOutOfRangeException(nameof(config), workload.HostnameSpread, "Unknown hostname spread."),
        };

        return MapValue.Of(
            ("automountServiceAccountToken", false),
            ("securityContext", MapValue.Of(
                ("runAsNonRoot", true),
                ("runAsUser", KongUserId),
                ("runAsGroup", KongUserId),
                ("fsGroup", KongUserId),
                ("seccompProfile", MapValue.Of(("type", "RuntimeDefault"))))),
            ("imagePullSecrets", ListValue.Of(MapValue.Of(("name", names.PullSecret)))),
            ("containers", ListValue.Of(container)),
            ("affinity", MapValue.Of(("podAntiAffinity", antiAffinity))),
            // Modes 0444 and 0440: the files are read-only, the secret readable only by the pod's group.
            ("volumes", ListValue.Of(
                MapValue.Of(("name", "kong-yml"), ("secret", MapValue.Of(("secretName", names.ConfigSecret), ("defaultMode", 288)))),
                MapValue.Of(("name", "kong-conf"), ("configMap", MapValue.Of(("name", names.ConfigMap), ("defaultMode", 292),
                    ("items", ListValue.Of(MapValue.Of(("key", KongObjectKeys.KongConf), ("path", KongObjectKeys.KongConf))))))),
                MapValue.Of(("name", "upstream-ca"), ("configMap", MapValue.Of(("name", names.ConfigMap), ("defaultMode", 292),
                    ("items", ListValue.Of(MapValue.Of(("key", KongObjectKeys.UpstreamCa), ("path", Path.GetFileName(ApiGatewayArtifacts.UpstreamCaPath)))))))),
                MapValue.Of(("name", "prefix"), ("emptyDir", MapValue.Of(("sizeLimit", "256Mi")))),
                MapValue.Of(("name", "tmp"), ("emptyDir", MapValue.Of(("sizeLimit", "256Mi")))))));
    }

    private static MapValue Preferred(MapValue labelSelector, string topologyKey) => MapValue.Of(
        ("weight", 100),
        ("podAffinityTerm", MapValue.Of(("labelSelector", labelSelector), ("topologyKey", topologyKey))));
}
