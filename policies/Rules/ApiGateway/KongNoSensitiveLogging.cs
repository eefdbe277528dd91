using System.Collections.Immutable;
using IrisStack.Components.Graph;
using YamlDotNet.RepresentationModel;

namespace IrisStack.Policies.Rules.ApiGateway;

/// <summary>
/// Every Kong log plugin drops the credentials, cookies and query strings from its entries through
/// <c>custom_fields_by_lua</c> returning nil (Kong's serializer unsets a field set to nil and reads
/// dots as nesting: kong/pdk/log.lua <c>set_serialize_value</c>). Kong's log entry has no bodies.
/// </summary>
public sealed class KongNoSensitiveLogging : KongYmlPolicy
{
    /// <summary>The plugins that write Kong's serialized request to a sink.</summary>
    public static readonly ImmutableHashSet<string> LogPlugins = ["file-log", "http-log", "tcp-log", "udp-log", "syslog", "loggly", "kafka-log"];

    /// <summary>
    /// The entry's fields that carry credentials, cookies or the query string: Kong redacts only the
    /// Authorization headers itself, and logs the query string in four places.
    /// </summary>
    public static readonly ImmutableArray<string> SensitiveFields =
    [
        "request.headers.authorization",
        "request.headers.proxy-authorization",
        "request.headers.cookie",
        "response.headers.set-cookie",
        "request.querystring",
        "request.uri",
        "request.url",
        "upstream_uri",
    ];

    /// <inheritdoc />
    public override string Id => "kong-no-sensitive-logging";

    /// <inheritdoc />
    public override string Description => $"Every log plugin ({string.Join(", ", LogPlugins.Order(StringComparer.Ordinal))}) sets custom_fields_by_lua to 'return nil' for {string.Join(", ", SensitiveFields)}.";

    /// <inheritdoc />
    public override string Rationale => "Kong logs every request and response header and the query string; session cookies, Set-Cookie, API keys and tokens passed in query strings would land in log storage that many people can read and that is kept for a year.";

    /// <inheritdoc />
    public override ImmutableArray<string> PeerIds => [];

    /// <inheritdoc />
    protected override IEnumerable<Finding> Check(ResourceNode node, KongYml yml)
    {
        foreach (var log in yml.Plugins.Where(p => p.Enabled && LogPlugins.Contains(p.Name ?? string.Empty)))
        {
            // The field names hold dots, so the map is read by key, not by dotted path.
            var fields = log.Map("config")?.Children.TryGetValue(new YamlScalarNode("custom_fields_by_lua"), out var map) == true && map is YamlMappingNode m ? m : new YamlMappingNode();
            var kept = SensitiveFields.Where(f => !(fields.Children.TryGetValue(new YamlScalarNode(f), out var lua) && lua is YamlScalarNode { Value: var code } && code?.Trim() == "return nil")).ToList();
            if (kept.Count > 0)
            {
                yield return Violation(node, Property, $"{log.Describe()} logs {string.Join(", ", kept)}: custom_fields_by_lua does not set {(kept.Count == 1 ? "it" : "them")} to 'return nil'.",
                    "Keep the access log the apigateway layer renders (file-log with the redacting custom_fields_by_lua); do not add log plugins by editing the rendered kong.yml.");
            }
        }
    }
}
