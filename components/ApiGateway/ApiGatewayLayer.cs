using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using IrisStack.Components.ApiGateway.Redis;
using IrisStack.Components.ApiGateway.Workload;
using IrisStack.Components.Aws;
using IrisStack.Components.Cluster;
using IrisStack.Components.Data.Iko;
using IrisStack.Components.Graph;
using IrisStack.Components.Kubernetes;
using IrisStack.Components.Network;

namespace IrisStack.Components.ApiGateway;

/// <summary>
/// The API gateway layer (<c>iris:apigateway:ApiGateway</c>): InterSystems API Manager (Kong) in
/// DB-less mode in the API gateway tier namespace, and the ElastiCache Redis of its rate limits.
/// kong.yml (it holds secrets) is a Secret, kong.conf and the Web Gateway's CA a ConfigMap; the
/// proxy has a ClusterIP Service on its TLS port only. The tier chain (load balancer → Kong →
/// Web Gateway) is the cluster layer's; this layer adds the one hop the chain cannot express,
/// Kong → ElastiCache, as an egress policy to the private subnets on the Redis port.
/// </summary>
public static class ApiGatewayLayer
{
    /// <summary>
    /// Adds the API gateway to the graph, as the component <paramref name="scope"/> names, on
    /// <paramref name="cluster"/> in <paramref name="network"/>. Routes come from
    /// <paramref name="allowedPaths"/> (the Web Gateway's allow-list), requests go to
    /// <paramref name="upstream"/>, the licence comes from <paramref name="license"/>, and the image
    /// is pulled with <paramref name="registry"/> (the data layer's operator login).
    /// </summary>
    public static ApiGatewayOutputs Build(
        GraphBuilder graph,
        ComponentScope scope,
        StackContext context,
        ApiGatewayConfig config,
        NetworkOutputs network,
        ClusterOutputs cluster,
        IReadOnlyList<string> allowedPaths,
        KongUpstream upstream,
        IamLicense license,
        RegistryCredentials registry)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(cluster);
        ArgumentNullException.ThrowIfNull(allowedPaths);
        ArgumentNullException.ThrowIfNull(upstream);
        ArgumentNullException.ThrowIfNull(license);
        ArgumentNullException.ThrowIfNull(registry);
        if (config.ProxyPort != cluster.TierChain.Ports.ApiGatewayProxy)
        {
            // The tier chain admits the load balancer on its own port: a proxy elsewhere would be unreachable.
            throw new ArgumentException($"Kong's proxy port {config.ProxyPort} is not the tier chain's API gateway port {cluster.TierChain.Ports.ApiGatewayProxy}.", nameof(config));
        }

        var component = graph.Component(TypeTokens.ApiGateway, scope);
        var names = new KongObjectNames(scope.Name);
        var ns = cluster.Namespaces.ApiGateway;
        var namespaceNodes = cluster.NamespaceNodes.TryGetValue(ns, out var nsNode) ? new[] { nsNode } : [];
        var selector = Selector(names);
        var labels = selector
            .SetItems(KubernetesLabels.Standard(context))
            .SetItem("app.kubernetes.io/component", "api-gateway")
            .SetItem("app.kubernetes.io/instance", context.Stack);
        NodeRef Object(string role, string apiVersion, string kind, string name, MapValue fields, params string[] dependsOn) =>
            KubernetesObjects.Add(graph, scope.Child(role), apiVersion, kind, KubernetesObjects.Metadata(name, ns, labels),
                fields, component.Name, cluster.KubernetesProvider, [.. namespaceNodes, .. dependsOn]);

        var secrets = new ApiGatewaySecrets(
            config.Session.Secret ?? Generated(graph, scope, component, "session-secret", SessionSecretLength),
            config.Redis.AuthToken ?? Generated(graph, scope, component, "redis-auth-token", RedisAuthTokenLength));
        var redis = ManagedRedis.Add(graph, scope, context, component.Name, config.Redis, secrets.RedisAuthToken, network);
        var files = ApiGatewayRender.Render(config, allowedPaths, upstream, redis.PrimaryEndpoint, secrets);

        var kongYml = Object("kong-yml", "v1", "Secret", names.ConfigSecret, MapValue.Of(
            ("type", "Opaque"),
            ("stringData", MapValue.Of((KongObjectKeys.DeclarativeConfig, files.KongYml.Value)))));
        var kongConf = Object("kong-conf", "v1", "ConfigMap", names.ConfigMap, MapValue.Of(
            ("data", MapValue.Of(
                (KongObjectKeys.KongConf, files.KongConf),
                (KongObjectKeys.UpstreamCa, upstream.CaCertificatePem)))));
        var licenseSecret = Object("iam-license", "v1", "Secret", names.LicenseSecret, MapValue.Of(
            ("type", "Opaque"),
            ("stringData", MapValue.Of((KongObjectKeys.IrisUrl, license.IrisUrl())))));
        // The data layer's registry login, rendered the same way as its pull Secrets, in this namespace.
        var pullSecret = Object("pull-secret", "v1", "Secret", names.PullSecret, MapValue.Of(
            ("type", DockerConfigJson.SecretType),
            ("stringData", MapValue.Of((DockerConfigJson.Key, DockerConfigJson.Render(RegistryCredentials.Server, registry))))));

        // Pods roll when the rendered files change (subPath mounts are never updated in place).
        var configHash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(files.KongYml.Masked + "\n" + files.KongConf)));
        var workload = config.Workload;
        Object("deployment", "apps/v1", "Deployment", names.Name, MapValue.Of(
            ("spec", MapValue.Of(
                ("replicas", workload.Replicas),
                ("selector", MapValue.Of(("matchLabels", MapValue.Strings(selector)))),
                ("template", MapValue.Of(
                    ("metadata", MapValue.Of(
                        ("labels", MapValue.Strings(labels)),
                        ("annotations", MapValue.Of(("iris-stack/config-sha256", configHash))))),
                    ("spec", KongPodSpec.Render(config, names, license, selector))))))),
            kongYml.Name, kongConf.Name, licenseSecret.Name, pullSecret.Name);

        // The proxy port only: the Admin API (off or loopback) and the status listener stay out of it.
        var service = Object("service", "v1", "Service", names.Name, MapValue.Of(
            ("spec", MapValue.Of(
                ("type", "ClusterIP"),
                ("selector", MapValue.Strings(selector)),
                ("ports", ListValue.Of(MapValue.Of(
                    ("name", "https"),
                    ("port", config.ProxyPort),
                    ("targetPort", "proxy"),
                    ("protocol", "TCP"))))))));

        if (workload.DisruptionBudgetMinAvailable > 0)
        {
            Object("pdb", "policy/v1", "PodDisruptionBudget", names.Name, MapValue.Of(
                ("spec", MapValue.Of(
                    ("minAvailable", workload.DisruptionBudgetMinAvailable),
                    ("selector", MapValue.Of(("matchLabels", MapValue.Strings(selector))))))));
        }

        // ElastiCache nodes are no pods: the namespace's default deny is opened to the private
        // subnets (where the nodes get their addresses) on the Redis port, for Kong's pods only.
        Object("redis-egress", "networking.k8s.io/v1", "NetworkPolicy", names.RedisEgressPolicy, MapValue.Of(
            ("spec", MapValue.Of(
                ("podSelector", MapValue.Of(("matchLabels", MapValue.Strings(selector)))),
                ("policyTypes", ListValue.Of("Egress")),
                ("egress", ListValue.Of(MapValue.Of(
                    ("to", ListValue.Of(network.PrivateSubnets.Select(s => (Value)MapValue.Of(("ipBlock", MapValue.Of(("cidr", s.Cidr))))))),
                    ("ports", ListValue.Of(MapValue.Of(("protocol", "TCP"), ("port", config.Redis.Port)))))))))));

        return new ApiGatewayOutputs(service, names.Name, ns, config.ProxyPort, labels, redis.PrimaryEndpoint, secrets.SessionSecret, secrets.RedisAuthToken, [.. files.Artifacts]);
    }

    /// <summary>Length of a generated session secret: letters and digits, about 190 bits.</summary>
    public const int SessionSecretLength = 32;

    /// <summary>Length of a generated Redis AUTH token: letters and digits, within ElastiCache's 16 to 128.</summary>
    public const int RedisAuthTokenLength = 32;

    // Letters and digits only: ElastiCache refuses most special characters in an AUTH token, and
    // kong.yml inserts an output secret into a double-quoted scalar unescaped, so it must hold
    // no " or \.
    private static SecretValue Generated(GraphBuilder graph, ComponentScope scope, NodeRef component, string role, int length)
    {
        var password = graph.Resource("random:index/randomPassword:RandomPassword", scope.Child(role), MapValue.Of(
            ("length", length),
            ("special", false)), component.Name);
        return new SecretValue(password.Output("result"));
    }

    // The Deployment's, Service's and budget's selector: the app name and the tier label the tier NetworkPolicies select on.
    private static ImmutableSortedDictionary<string, string> Selector(KongObjectNames names) => ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal,
    [
        KeyValuePair.Create("app.kubernetes.io/name", names.Name),
        KeyValuePair.Create(TierLabels.Key, TierLabels.Value(Tier.ApiGateway)),
    ]);
}
