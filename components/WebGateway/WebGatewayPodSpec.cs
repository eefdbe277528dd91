using IrisStack.Components.Graph;

namespace IrisStack.Components.WebGateway;

/// <summary>The Web Gateway pod spec: the webgateway-nginx container with the rendered files mounted, hardened.</summary>
public static class WebGatewayPodSpec
{
    /// <summary>Renders the pod spec of the Deployment's template, serving on <paramref name="port"/>.</summary>
    public static MapValue Render(WebGatewayConfig config, int port, WebGatewayNames names)
    {
        ArgumentNullException.ThrowIfNull(config);
        var r = config.Resources;
        var nonRoot = config.RunAsNonRoot;
        var id = nonRoot ? (Value)WebGatewayLayer.NonRootId : null;
        var selector = MapValue.Of(("matchLabels", MapValue.Strings(names.Selector)));
        var container = MapValue.Of(
            ("name", "webgateway"),
            ("image", config.Image),
            ("imagePullPolicy", "IfNotPresent"),
            ("ports", ListValue.Of(MapValue.Of(("name", "https"), ("containerPort", port), ("protocol", "TCP")))),
            // The image merges the staged CSP.ini into its active copy (Running InterSystems
            // Products in Containers, ISC_CSP_INI_FILE).
            ("env", ListValue.Of(MapValue.Of(("name", "ISC_CSP_INI_FILE"), ("value", WebGatewayPaths.ConfigDirectory + "/CSP.ini")))),
            ("volumeMounts", ListValue.Of(
                MapValue.Of(("name", "nginx-conf"), ("mountPath", WebGatewayPaths.NginxConf), ("subPath", "nginx.conf"), ("readOnly", true)),
                MapValue.Of(("name", "csp-ini"), ("mountPath", WebGatewayPaths.ConfigDirectory), ("readOnly", true)),
                MapValue.Of(("name", "tls"), ("mountPath", WebGatewayPaths.TlsDirectory), ("readOnly", true)),
                MapValue.Of(("name", "scratch"), ("mountPath", WebGatewayPaths.ScratchDirectory)))),
            ("resources", MapValue.Of(
                ("requests", MapValue.Of(("cpu", r.CpuRequest), ("memory", r.MemoryRequest))),
                ("limits", MapValue.Of(("cpu", r.CpuLimit), ("memory", r.MemoryLimit))))),
            ("readinessProbe", MapValue.Of(
                ("tcpSocket", MapValue.Of(("port", "https"))),
                ("initialDelaySeconds", 5),
                ("periodSeconds", 10))),
            ("livenessProbe", MapValue.Of(
                ("tcpSocket", MapValue.Of(("port", "https"))),
                ("initialDelaySeconds", 20),
                ("periodSeconds", 20),
                ("failureThreshold", 3))),
            ("securityContext", MapValue.Of(
                ("runAsNonRoot", nonRoot),
                ("allowPrivilegeEscalation", false),
                ("privileged", false),
                // The entrypoint writes the merged CSP.ini and the NSD's files under
                // /opt/webgateway, so the image cannot run with a read-only root filesystem.
                ("readOnlyRootFilesystem", false),
                ("capabilities", MapValue.Of(("drop", ListValue.Of("ALL")))))));

        return MapValue.Of(
            ("automountServiceAccountToken", false),
            ("securityContext", MapValue.Of(
                ("runAsNonRoot", nonRoot),
                ("runAsUser", id),
                ("runAsGroup", id),
                ("fsGroup", id),
                ("seccompProfile", MapValue.Of(("type", "RuntimeDefault"))))),
            ("imagePullSecrets", config.ImagePullSecret.Length == 0 ? null : ListValue.Of(MapValue.Of(("name", config.ImagePullSecret)))),
            ("containers", ListValue.Of(container)),
            ("topologySpreadConstraints", ListValue.Of(MapValue.Of(
                ("maxSkew", 1),
                ("topologyKey", "topology.kubernetes.io/zone"),
                ("whenUnsatisfiable", "ScheduleAnyway"),
                ("labelSelector", selector)))),
            // Modes 0444 and 0440: the files are read-only, the secrets readable only by the pod's group.
            ("volumes", ListValue.Of(
                MapValue.Of(("name", "nginx-conf"), ("configMap", MapValue.Of(("name", names.ConfigMapName), ("defaultMode", 292)))),
                MapValue.Of(("name", "csp-ini"), ("secret", MapValue.Of(("secretName", names.CspIniSecretName), ("defaultMode", 288)))),
                MapValue.Of(("name", "tls"), ("secret", MapValue.Of(("secretName", names.TlsSecretName), ("defaultMode", 288)))),
                MapValue.Of(("name", "scratch"), ("emptyDir", MapValue.Of(("sizeLimit", "256Mi")))))));
    }
}
