using System.Collections.Immutable;
using IrisStack.Components.Cluster;
using IrisStack.Components.Graph;

namespace IrisStack.Policies.Rules.ApiGateway;

/// <summary>
/// Finds the API gateway's rendered files and objects in the graph, the one place that knows their
/// shape: Kong's declarative config in a Secret's <c>stringData["kong.yml"]</c> (it holds secrets),
/// kong.conf in a ConfigMap's <c>data["kong.conf"]</c>, both labelled with the api-gateway tier, and
/// the tier's Services and Deployments. Works on graphs built here and on plans read back from JSON
/// (secrets and references appear as <c>[secret]</c>; the policies read only that masked text).
/// </summary>
public static class ApiGatewayResources
{
    /// <summary>The Secret type token.</summary>
    public const string SecretType = "kubernetes:core/v1:Secret";

    /// <summary>The ConfigMap type token.</summary>
    public const string ConfigMapType = "kubernetes:core/v1:ConfigMap";

    /// <summary>The Service type token.</summary>
    public const string ServiceType = "kubernetes:core/v1:Service";

    /// <summary>The Deployment type token.</summary>
    public const string DeploymentType = "kubernetes:apps/v1:Deployment";

    /// <summary>The ElastiCache replication group type token (Kong's Redis).</summary>
    public const string ReplicationGroupType = "aws:elasticache/replicationGroup:ReplicationGroup";

    /// <summary>The Secret's stringData key of the declarative config.</summary>
    public const string KongYmlKey = "kong.yml";

    /// <summary>The ConfigMap's data key of kong.conf.</summary>
    public const string KongConfKey = "kong.conf";

    /// <summary>The property path of the declarative config, for findings.</summary>
    public static string KongYmlProperty { get; } = PropertyPath.Of("stringData", KongYmlKey);

    /// <summary>The property path of kong.conf, for findings.</summary>
    public static string KongConfProperty { get; } = PropertyPath.Of("data", KongConfKey);

    /// <summary>Whether the object is labelled as part of the api-gateway tier.</summary>
    public static bool IsApiGateway(ResourceNode node) =>
        node.Input("metadata.labels") is MapValue labels && labels[TierLabels.Key] is StringValue { Value: var tier } && tier == TierLabels.Value(Tier.ApiGateway);

    /// <summary>
    /// Whether the node is the tier's Secret that holds kong.yml (under <c>stringData</c>, or under
    /// <c>data</c>, where it cannot be read at preview and so is a finding). The tier has other
    /// Secrets (TLS keys, tokens), which this leaves alone.
    /// </summary>
    public static bool HoldsKongYml(ResourceNode node) =>
        node.Type == SecretType && IsApiGateway(node) && (Entry(node, "stringData", KongYmlKey) is not null || Entry(node, "data", KongYmlKey) is not null);

    /// <summary>Whether the node is the tier's ConfigMap that holds kong.conf.</summary>
    public static bool HoldsKongConf(ResourceNode node) =>
        node.Type == ConfigMapType && IsApiGateway(node) && Entry(node, "data", KongConfKey) is not null;

    /// <summary>The masked text of kong.yml (secrets as <c>[secret]</c>), or null when it is not text at preview.</summary>
    public static string? KongYmlText(ResourceNode node) =>
        HoldsKongYml(node) ? ValueText.LiteralsOnly(Entry(node, "stringData", KongYmlKey)) : null;

    /// <summary>The text of kong.conf, or null when it is not text at preview.</summary>
    public static string? KongConfText(ResourceNode node) =>
        HoldsKongConf(node) ? ValueText.LiteralsOnly(Entry(node, "data", KongConfKey)) : null;

    /// <summary>The parsed kong.yml, or null when it is absent, not text or not a YAML mapping.</summary>
    public static KongYml? ParsedKongYml(ResourceNode node) =>
        KongYmlText(node) is { } text ? KongYml.Parse(text) : null;

    /// <summary>The parsed kong.conf, or null when it is absent or not text.</summary>
    public static KongConf? ParsedKongConf(ResourceNode node) =>
        KongConfText(node) is { } text ? KongConf.Parse(text) : null;

    /// <summary>The tier's Services.</summary>
    public static ImmutableArray<ResourceNode> Services(ResourceGraph graph) => [.. graph.OfType(ServiceType).Where(IsApiGateway)];

    /// <summary>The tier's Deployments.</summary>
    public static ImmutableArray<ResourceNode> Deployments(ResourceGraph graph) => [.. graph.OfType(DeploymentType).Where(IsApiGateway)];

    /// <summary>The containers of a Deployment's pod template.</summary>
    public static IEnumerable<MapValue> Containers(ResourceNode deployment) =>
        deployment.Input("spec.template.spec.containers") is ListValue containers ? containers.Items.OfType<MapValue>() : [];

    /// <summary>
    /// The <c>KONG_*</c> environment variables of a container with a literal value, by the kong.conf
    /// setting they override (<c>KONG_ADMIN_LISTEN</c> → <c>admin_listen</c>).
    /// </summary>
    public static IEnumerable<(string Setting, string Value)> KongEnvironment(MapValue container) =>
        container["env"] is ListValue env
            ? env.Items.OfType<MapValue>()
                .Where(e => e["name"] is StringValue { Value: var name } && name.StartsWith("KONG_", StringComparison.Ordinal))
                .Select(e => (((StringValue)e["name"]!).Value["KONG_".Length..].ToLowerInvariant(), ValueText.Display(e["value"]) ?? string.Empty))
            : [];

    private static Value? Entry(ResourceNode node, string field, string key) => node.Input(field) is MapValue map ? map[key] : null;
}
