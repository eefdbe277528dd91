using System.Security.Cryptography;
using System.Text;
using IrisStack.Components.Aws;
using IrisStack.Components.Cluster;
using IrisStack.Components.Graph;
using IrisStack.Components.Kubernetes;
using IrisStack.Components.Tls;

namespace IrisStack.Components.WebGateway;

/// <summary>
/// The Web Gateway layer (<c>iris:webgateway:WebGateway</c>). IKO's IrisCluster webgateway
/// section takes only application paths and a CSP-merge.ini, not an nginx configuration, so the
/// gateway is its own Deployment + Service of the webgateway-nginx image with the rendered
/// nginx.conf from a ConfigMap and CSP.ini and TLS material from Secrets. The tier NetworkPolicy
/// (API gateway → Web Gateway → IRIS compute) belongs to the cluster layer; the pods carry the
/// tier label it selects on.
/// </summary>
public static class WebGatewayLayer
{
    /// <summary>UID and GID of InterSystems' irisowner, used when the container runs non-root.</summary>
    public const int NonRootId = 51773;

    /// <summary>
    /// Adds the Web Gateway to the graph, as the component <paramref name="scope"/> names, on
    /// <paramref name="cluster"/>. Without <paramref name="ca"/> the layer makes its own CA for the
    /// gateway certificate. <paramref name="irisCaCertPem"/> is the CA of IRIS's certificates, the
    /// <c>ca.pem</c> the gateway verifies IRIS against; without it the gateway's own CA stands in.
    /// </summary>
    public static WebGatewayOutputs Build(GraphBuilder graph, ComponentScope scope, StackContext context, WebGatewayConfig config, ClusterOutputs cluster, CertificateAuthority? ca = null, Value? irisCaCertPem = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(cluster);
        var component = graph.Component(TypeTokens.WebGateway, scope);
        string Name(string role) => scope.Child(role);
        var names = new WebGatewayNames(scope.Name);
        var ns = cluster.Namespaces.WebGateway;
        var serviceHost = $"{names.Name}.{ns}.svc.cluster.local";
        var namespaceNodes = cluster.NamespaceNodes.TryGetValue(ns, out var nsNode) ? new[] { nsNode } : [];
        var labels = names.All(context);
        NodeRef Object(string role, string apiVersion, string kind, string name, MapValue fields, params string[] dependsOn) =>
            KubernetesObjects.Add(
                graph, Name(role), apiVersion, kind,
                MapValue.Of(("name", name), ("namespace", ns), ("labels", MapValue.Strings(labels))),
                fields, component.Name, cluster.KubernetesProvider, [.. namespaceNodes, .. dependsOn]);

        ca ??= OwnCa(graph, scope, context, component);
        var tls = ServerCertificate(graph, scope, component, ca, names, serviceHost, ns);

        // The pod serves on the port the tier NetworkPolicies admit, so the two cannot drift.
        var port = cluster.TierChain.Ports.WebGateway;
        var nginxConf = WebGatewayArtifacts.NginxConf(context, config, port);
        var password = IrisPassword(graph, scope, config, component);
        var cspIni = CspIniRenderer.Render(config, password);
        var configMap = Object("nginx-conf", "v1", "ConfigMap", names.ConfigMapName, MapValue.Of(
            ("data", MapValue.Of(("nginx.conf", nginxConf)))));
        var cspSecret = Object("csp-ini", "v1", "Secret", names.CspIniSecretName, MapValue.Of(
            ("type", "Opaque"),
            ("stringData", MapValue.Of(("CSP.ini", cspIni.Value)))));
        graph.Setting(configMap.Name, PropertyPath.Of("data", "nginx.conf"), NginxConfigRenderer.Settings.Select(config.Settings.KeyOf));
        graph.Setting(cspSecret.Name, PropertyPath.Of("stringData", "CSP.ini"), CspIniRenderer.Settings.Select(config.Settings.KeyOf));
        var tlsSecret = Object("tls", "v1", "Secret", names.TlsSecretName, MapValue.Of(
            ("type", "kubernetes.io/tls"),
            ("stringData", MapValue.Of(
                ("tls.crt", tls.CertPem),
                ("tls.key", new SecretValue(tls.PrivateKeyPem)),
                ("ca.pem", irisCaCertPem ?? ca.CertPem)))));

        // Pods roll when the rendered files change (subPath mounts are never updated in place).
        var configHash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(nginxConf + "\n" + cspIni.Masked)));
        Object("deployment", "apps/v1", "Deployment", names.Name, MapValue.Of(
            ("spec", MapValue.Of(
                ("replicas", config.Replicas),
                ("selector", MapValue.Of(("matchLabels", MapValue.Strings(names.Selector)))),
                ("template", MapValue.Of(
                    ("metadata", MapValue.Of(
                        ("labels", MapValue.Strings(labels)),
                        ("annotations", MapValue.Of(("iris-stack/config-sha256", configHash))))),
                    ("spec", WebGatewayPodSpec.Render(config, port, names))))))),
            configMap.Name, cspSecret.Name, tlsSecret.Name);

        var service = Object("service", "v1", "Service", names.Name, MapValue.Of(
            ("spec", MapValue.Of(
                ("type", "ClusterIP"),
                ("selector", MapValue.Strings(names.Selector)),
                ("ports", ListValue.Of(MapValue.Of(
                    ("name", "https"),
                    ("port", WebGatewayPaths.ServicePort),
                    ("targetPort", "https"),
                    ("protocol", "TCP"))))))));

        if (config.DisruptionBudgetMinAvailable > 0)
        {
            Object("pdb", "policy/v1", "PodDisruptionBudget", names.Name, MapValue.Of(
                ("spec", MapValue.Of(
                    ("minAvailable", config.DisruptionBudgetMinAvailable),
                    ("selector", MapValue.Of(("matchLabels", MapValue.Strings(names.Selector))))))));
        }

        // The files as deployed, rendered once: the ConfigMap's nginx.conf and CSP.ini with its password masked.
        Artifact[] artifacts = [new(WebGatewayArtifacts.NginxConfPath, nginxConf), new(WebGatewayArtifacts.CspIniPath, cspIni.Masked)];
        return new WebGatewayOutputs(service, serviceHost, WebGatewayPaths.ServicePort, labels, ca.CertPem, password, [.. artifacts]);
    }

    // The configured password, or a generated one: 32 letters and digits (about 190 bits) need no
    // escaping in CSP.ini, and nobody has to create, store or rotate it by hand.
    private static SecretValue IrisPassword(GraphBuilder graph, ComponentScope scope, WebGatewayConfig config, NodeRef component)
    {
        if (config.Iris.Password is { } configured)
        {
            return configured;
        }

        var generated = graph.Resource("random:index/randomPassword:RandomPassword", scope.Child("iris-password"), MapValue.Of(
            ("length", 32),
            ("special", false)), component.Name);
        return new SecretValue(generated.Output("result"));
    }

    private static readonly string[] ServerUses = ["digital_signature", "key_encipherment", "server_auth"];

    private static CertificateAuthority OwnCa(GraphBuilder graph, ComponentScope scope, StackContext context, NodeRef component)
    {
        var ca = TlsCertificates.SelfSignedCa(
            graph, scope, "ca", TlsKeyAlgorithm.EcdsaP256,
            new TlsSubject($"{context.Project} {context.Stack} Web Gateway CA", context.Project),
            new TlsValidity(87600, 8760), component.Name);
        return new CertificateAuthority(ca.CertPem, ca.PrivateKeyPem);
    }

    private static TlsCertificate ServerCertificate(GraphBuilder graph, ComponentScope scope, NodeRef component, CertificateAuthority ca, WebGatewayNames names, string serviceHost, string ns) =>
        TlsCertificates.Issue(graph, scope, "tls", ca.CertPem, ca.PrivateKeyPem, new TlsLeafRequest(
            new TlsSubject(serviceHost),
            new[] { serviceHost, $"{names.Name}.{ns}.svc", $"{names.Name}.{ns}", names.Name },
            ServerUses,
            TlsKeyAlgorithm.EcdsaP256,
            new TlsValidity(8760, 720)), component.Name);
}
