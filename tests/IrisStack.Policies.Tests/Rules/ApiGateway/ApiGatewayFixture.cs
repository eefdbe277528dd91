using System.Text.Json.Nodes;
using IrisStack.Components.ApiGateway;
using IrisStack.Components.Cluster;
using IrisStack.Components.Config;
using IrisStack.Components.Graph;
using IrisStack.Components.WebGateway;
using IrisStack.Policies.Rules.ApiGateway;
using IrisStack.Stack;
using YamlDotNet.RepresentationModel;

namespace IrisStack.Policies.Tests.Rules.ApiGateway;

/// <summary>
/// The API gateway's real rendered files (ApiGatewayRender.Render on an iris-stack:apiGateway
/// section read as PULUMI_CONFIG gives it) placed into the shape the apigateway layer deploys: the
/// kong.yml Secret, the kong.conf ConfigMap, the proxy Service and Deployment, and the Redis
/// replication group; plus ways to change one thing in them.
/// </summary>
internal static class ApiGatewayFixture
{
    public const string SecretName = "apigateway-kong-yml";
    public const string ConfigMapName = "apigateway-kong-conf";
    public const string ServiceName = "apigateway-proxy";
    public const string DeploymentName = "apigateway-kong";
    public const string RedisName = "apigateway-redis";

    private const string CaPem = "-----BEGIN CERTIFICATE-----\nMIIBszCCAVmgAwIBAgIUWebGatewayCa\n-----END CERTIFICATE-----\n";

    private static readonly KongUpstream Upstream = new("iris-webgateway.iris-web.svc.cluster.local", 443, CaPem);

    public static PolicyContext Context { get; } = new(365);

    public static PolicyContext HaContext { get; } = new(365) { RequireProtection = true };

    /// <summary>A prod-like section: the load balancer's subnets trusted, one public route with its reason, a route's own limit, CORS with credentials for one origin.</summary>
    public static JsonObject Section() => new()
    {
        ["trustedIps"] = new JsonArray("10.0.0.0/22", "10.0.4.0/22", "10.0.8.0/22"),
        ["publicRoutes"] = new JsonArray(new JsonObject { ["path"] = "/csp/broker/cspxmlhttp.js", ["reason"] = "static script the login page loads" }),
        ["routeRateLimits"] = new JsonArray(new JsonObject { ["path"] = "/api/app/", ["limits"] = new JsonArray(20, 600), ["windowSizes"] = new JsonArray(1, 60) }),
        ["cors"] = new JsonObject { ["origins"] = new JsonArray("https://portal.example.com"), ["credentials"] = true },
        ["redis"] = new JsonObject { ["authToken"] = "redistoken0123456789abcdef" },
        ["session"] = new JsonObject { ["secret"] = "session-secret-0123456789abcdef" },
        ["auth"] = new JsonObject { ["issuer"] = "https://idp.example.com/realms/iris", ["audience"] = new JsonArray("iris-api") },
    };

    public static ApiGatewayFiles Files(JsonObject? section = null)
    {
        const string Key = "iris-stack:apiGateway";
        var json = new JsonObject { [Key] = (section ?? Section()).ToJsonString() };
        var raw = new PulumiEnvironmentConfigSource("iris-stack", "test", json.ToJsonString(), $"[\"{Key}\"]").Read();
        var reader = new ConfigReader(raw);
        var config = ApiGatewayConfig.Read(reader.Namespace("iris-stack").Section("apiGateway", "API gateway"), WebGatewayDefaults.AllowedPaths);
        reader.ThrowIfInvalid();
        var secrets = new ApiGatewaySecrets(
            config.Session.Secret ?? throw new ArgumentException("The section sets no session.secret.", nameof(section)),
            config.Redis.AuthToken ?? throw new ArgumentException("The section sets no redis.authToken.", nameof(section)));
        return ApiGatewayRender.Render(config, WebGatewayDefaults.AllowedPaths, Upstream, "master.iris-rl.abc123.euw1.cache.amazonaws.com", secrets);
    }

    /// <summary>The tier's objects and Redis; <paramref name="change"/> replaces nodes by name before the graph is built.</summary>
    public static ResourceGraph Graph(ApiGatewayFiles? files = null, params ResourceNode[] change)
    {
        files ??= Files();
        var graph = new GraphBuilder("iris-stack", "test");
        // What the replication group references, built by the network layer and by the apigateway layer beside it.
        graph.Resource("aws:kms/key:Key", "network-kms", MapValue.Empty);
        graph.Resource("aws:elasticache/subnetGroup:SubnetGroup", "apigateway-redis-subnets", MapValue.Empty);
        graph.Resource("aws:ec2/securityGroup:SecurityGroup", "apigateway-redis-sg", MapValue.Empty);
        ResourceNode[] nodes =
        [
            Object(ApiGatewayResources.SecretType, SecretName, "Secret", ("type", "Opaque"), ("stringData", MapValue.Of((ApiGatewayResources.KongYmlKey, files.KongYml.Value)))),
            Object(ApiGatewayResources.ConfigMapType, ConfigMapName, "ConfigMap", ("data", MapValue.Of((ApiGatewayResources.KongConfKey, files.KongConf)))),
            Object(ApiGatewayResources.ServiceType, ServiceName, "Service", ("spec", MapValue.Of(
                ("type", "ClusterIP"),
                ("ports", ListValue.Of(MapValue.Of(("name", "proxy"), ("port", 443), ("targetPort", "proxy"), ("protocol", "TCP"))))))),
            Object(ApiGatewayResources.DeploymentType, DeploymentName, "Deployment", ("spec", MapValue.Of(("template", MapValue.Of(("spec", MapValue.Of(("containers", ListValue.Of(MapValue.Of(
                ("name", "kong"),
                ("ports", ListValue.Of(MapValue.Of(("name", "proxy"), ("containerPort", 8443)))),
                ("env", ListValue.Of(MapValue.Of(("name", "KONG_PREFIX"), ("value", "/kong/prefix")))))))))))))),
            new(ApiGatewayResources.ReplicationGroupType, RedisName, NodeKind.Custom, null, MapValue.Of(
                ("description", "Kong rate-limit counters"),
                ("engine", "redis"),
                ("engineVersion", "7.1"),
                ("nodeType", "cache.t4g.small"),
                ("port", 6379),
                ("numCacheClusters", 2),
                ("automaticFailoverEnabled", true),
                ("multiAzEnabled", true),
                ("transitEncryptionEnabled", true),
                ("transitEncryptionMode", "required"),
                ("atRestEncryptionEnabled", true),
                ("kmsKeyId", new OutputReference("network-kms", "arn")),
                ("authToken", new SecretValue(new StringValue("redis-token-1"))),
                ("snapshotRetentionLimit", 7),
                ("subnetGroupName", new OutputReference("apigateway-redis-subnets", "name")),
                ("securityGroupIds", ListValue.Of(new OutputReference("apigateway-redis-sg", "id")))), ResourceOptions.None),
        ];
        foreach (var node in nodes)
        {
            graph.Add(change.FirstOrDefault(c => c.Name == node.Name) ?? node);
        }

        return graph.Build();
    }

    public static ResourceNode Node(string name, ApiGatewayFiles? files = null) => Graph(files)[name];

    public static ResourceNode Secret(ApiGatewayFiles? files = null) => Node(SecretName, files);

    public static ResourceNode ConfigMap(ApiGatewayFiles? files = null) => Node(ConfigMapName, files);

    public static ResourceNode Redis() => Node(RedisName);

    public static string KongYml(ResourceNode secret) => ApiGatewayResources.KongYmlText(secret)!;

    /// <summary>The Secret with its masked kong.yml changed as a YAML tree (the change must change it).</summary>
    public static ResourceNode EditKongYml(Action<YamlMappingNode> edit)
    {
        var node = Secret();
        var text = KongYml(node);
        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        edit((YamlMappingNode)stream.Documents[0].RootNode);
        using var writer = new StringWriter();
        stream.Save(writer, assignAnchors: false);
        var changed = writer.ToString();
        Assert.NotEqual(Normalised(text), Normalised(changed));
        return node with { Inputs = node.Inputs.With("stringData", MapValue.Of((ApiGatewayResources.KongYmlKey, changed))) };
    }

    /// <summary>The ConfigMap with kong.conf changed by <paramref name="edit"/> (which must change it).</summary>
    public static ResourceNode EditKongConf(Func<string, string> edit)
    {
        var node = ConfigMap();
        var text = ApiGatewayResources.KongConfText(node)!;
        var changed = edit(text);
        Assert.NotEqual(text, changed);
        return node with { Inputs = node.Inputs.With("data", MapValue.Of((ApiGatewayResources.KongConfKey, changed))) };
    }

    /// <summary>The node with one input set at a dotted path (null removes it).</summary>
    public static ResourceNode With(this ResourceNode node, string path, Value? value) =>
        node with { Inputs = Set(node.Inputs, path.Split('.'), value) };

    public static YamlMappingNode Map(YamlNode node, params object[] path)
    {
        foreach (var step in path)
        {
            node = step is int i ? ((YamlSequenceNode)node).Children[i] : ((YamlMappingNode)node).Children[new YamlScalarNode((string)step)];
        }

        return (YamlMappingNode)node;
    }

    public static YamlSequenceNode Routes(YamlMappingNode root) => (YamlSequenceNode)Map(root, "services", 0).Children[new YamlScalarNode("routes")];

    public static YamlMappingNode Route(YamlMappingNode root, string name) =>
        Routes(root).Children.Cast<YamlMappingNode>().Single(r => ((YamlScalarNode)r.Children[new YamlScalarNode("name")]).Value == name);

    public static YamlSequenceNode Plugins(YamlMappingNode owner) => (YamlSequenceNode)owner.Children[new YamlScalarNode("plugins")];

    public static YamlMappingNode Plugin(YamlMappingNode owner, string name) =>
        Plugins(owner).Children.Cast<YamlMappingNode>().Single(p => ((YamlScalarNode)p.Children[new YamlScalarNode("name")]).Value == name);

    public static void RemovePlugin(YamlMappingNode owner, string name) => Plugins(owner).Children.Remove(Plugin(owner, name));

    public static void Set(YamlMappingNode map, string key, string value) => map.Children[new YamlScalarNode(key)] = new YamlScalarNode(value);

    public static IReadOnlyList<Finding> Findings(PolicyOutcome outcome) =>
        outcome is PolicyOutcome.ViolationsOutcome v ? v.Findings : [];

    private static string Normalised(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        using var writer = new StringWriter();
        stream.Save(writer, assignAnchors: false);
        return writer.ToString();
    }

    private static ResourceNode Object(string type, string name, string kind, params (string Key, Value? Value)[] fields) =>
        new(type, name, NodeKind.Custom, null, MapValue.Of([
            ("apiVersion", type.Contains("apps/", StringComparison.Ordinal) ? "apps/v1" : "v1"),
            ("kind", kind),
            ("metadata", MapValue.Of(("name", name), ("namespace", "iris-api"), ("labels", MapValue.Of((TierLabels.Key, TierLabels.Value(Tier.ApiGateway)))))),
            .. fields,
        ]), ResourceOptions.None);

    private static MapValue Set(MapValue map, string[] path, Value? value)
    {
        if (path.Length == 1)
        {
            return value is null ? new MapValue(map.Entries.Remove(path[0])) : map.With(path[0], value);
        }

        return map.With(path[0], Set(map[path[0]] as MapValue ?? MapValue.Empty, path[1..], value));
    }
}
