using System.Globalization;
using System.Text.Json;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace IrisStack.Components.ApiGateway;

/// <summary>
/// Checks a DB-less declarative config against Kong's rules kept in <see cref="KongSchemaFacts"/>:
/// unknown fields, types, allowed values and required fields, and the cross-field rules Kong
/// applies in Lua (rate-limiting-advanced's equal-length limit/window lists and sync_rate rules,
/// request-validator's <c>between</c> on integers only, request-termination's exclusive fields),
/// plus what DB-less mode cannot do (session <c>storage: kong</c>, the <c>cluster</c> strategy)
/// and what IrisStack never allows (<c>tls_verify: false</c>, cors <c>*</c> with credentials).
/// Each problem names its path, e.g. <c>services[0].routes[2].plugins[0].config.limit</c>.
/// </summary>
public static class KongConfigValidator
{
    private static readonly HashSet<string> TopLevel = new(StringComparer.Ordinal) { "_format_version", "_transform", "_comment", "ca_certificates", "services", "routes", "consumers", "plugins" };

    /// <summary>Every problem of the YAML document <paramref name="yaml"/>; empty when Kong would load it.</summary>
    public static IReadOnlyList<string> Validate(string yaml)
    {
        var problems = new List<string>();
        YamlMappingNode root;
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            root = stream.Documents.Count == 1 && stream.Documents[0].RootNode is YamlMappingNode map ? map : throw new YamlException("the document is not one mapping");
        }
        catch (YamlException e)
        {
            return [$"(document): not valid YAML: {e.Message}"];
        }

        if (Text(root, "_format_version") != "3.0")
        {
            problems.Add("_format_version: must be \"3.0\".");
        }

        foreach (var key in Keys(root).Where(k => !TopLevel.Contains(k)))
        {
            problems.Add($"{key}: is not a top-level key of a declarative config.");
        }

        foreach (var (service, i) in Items(root, "services"))
        {
            var path = $"services[{i}]";
            CheckFields(service, [.. KongSchemaFacts.Service], path, problems);
            var https = Text(service, "protocol") is "https" or "tls";
            if (Scalar(service, "tls_verify") is { } verify)
            {
                if (!https)
                {
                    problems.Add($"{path}.tls_verify: is allowed only with protocol https or tls.");
                }
                else if (verify.Value == "false")
                {
                    problems.Add($"{path}.tls_verify: is false; the upstream's certificate must be verified (Kong 3.14 refuses to boot with it).");
                }
            }

            foreach (var (route, j) in Items(service, "routes"))
            {
                CheckRoute(route, $"{path}.routes[{j}]", problems);
            }

            CheckPlugins(service, path, problems);
        }

        foreach (var (route, j) in Items(root, "routes"))
        {
            CheckRoute(route, $"routes[{j}]", problems);
        }

        CheckPlugins(root, string.Empty, problems);
        return problems;
    }

    private static void CheckRoute(YamlMappingNode route, string path, List<string> problems)
    {
        CheckFields(route, [.. KongSchemaFacts.Route], path, problems);
        foreach (var (p, k) in ScalarItems(route, "paths"))
        {
            if (!p.StartsWith('/') && !p.StartsWith("~/", StringComparison.Ordinal))
            {
                problems.Add($"{path}.paths[{k}]: '{p}' is neither a path (/…) nor a regex path (~/…).");
            }
        }

        CheckPlugins(route, path, problems);
    }

    private static void CheckPlugins(YamlMappingNode owner, string ownerPath, List<string> problems)
    {
        foreach (var (plugin, i) in Items(owner, "plugins"))
        {
            var path = (ownerPath.Length > 0 ? ownerPath + "." : string.Empty) + $"plugins[{i}]";
            var name = Text(plugin, "name") ?? string.Empty;
            if (!KongSchemaFacts.Plugins.TryGetValue(name, out var fields))
            {
                problems.Add($"{path}.name: '{name}' is not a plugin whose schema the project keeps.");
                continue;
            }

            foreach (var key in Keys(plugin).Where(k => k is not ("name" or "config" or "enabled" or "protocols" or "tags" or "route" or "service" or "consumer" or "instance_name")))
            {
                problems.Add($"{path}.{key}: is not a plugin field.");
            }

            var config = Child(plugin, "config") as YamlMappingNode ?? new YamlMappingNode();
            CheckFields(config, [.. fields], path + ".config", problems);
            CrossFieldRules(name, config, path + ".config", problems);
        }
    }

    private static void CrossFieldRules(string plugin, YamlMappingNode config, string path, List<string> problems)
    {
        switch (plugin)
        {
            case "rate-limiting-advanced":
                var limits = ScalarItems(config, "limit").ToList();
                var windows = ScalarItems(config, "window_size").ToList();
                if (limits.Count != windows.Count)
                {
                    problems.Add($"{path}.window_size: {windows.Count} windows for {limits.Count} limits; \"You must provide the same number of windows and limits\".");
                }

                if (limits.Count == 0)
                {
                    problems.Add($"{path}.limit: is empty; at least one limit is required.");
                }

                foreach (var (w, k) in windows.Where(w => !int.TryParse(w.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n <= 0))
                {
                    problems.Add($"{path}.window_size[{k}]: '{w}' is not a positive whole number of seconds.");
                }

                if (windows.GroupBy(w => w.Value).FirstOrDefault(g => g.Count() > 1) is { } twice)
                {
                    problems.Add($"{path}.window_size: the window {twice.Key} appears twice; only the lowest of its limits would count.");
                }

                var strategy = Text(config, "strategy") ?? "local";
                var syncRate = Text(config, "sync_rate");
                if (strategy == "local" && syncRate is not null and not "-1")
                {
                    problems.Add($"{path}.sync_rate: \"sync_rate cannot be configured when using a local strategy\".");
                }

                if (strategy != "local" && syncRate is null)
                {
                    problems.Add($"{path}.sync_rate: \"sync_rate is required if not using a local strategy\".");
                }

                if (syncRate is not null && decimal.TryParse(syncRate, NumberStyles.Float, CultureInfo.InvariantCulture, out var rate) && rate > 0 && rate < 0.02m)
                {
                    problems.Add($"{path}.sync_rate: {syncRate} is between 0 and 0.02, which Kong rejects.");
                }

                if (strategy == "cluster")
                {
                    problems.Add($"{path}.strategy: cluster needs a database; DB-less Kong supports redis or local only.");
                }

                if (Text(config, "namespace") is null)
                {
                    problems.Add($"{path}.namespace: is unset, so DB-less Kong generates a new one on every config change and resets the counters.");
                }

                if (strategy == "redis" && (Child(config, "redis") as YamlMappingNode is not { } redis || Text(redis, "host") is null))
                {
                    problems.Add($"{path}.redis: \"No redis config provided\" (strategy redis needs redis.host).");
                }

                break;
            case "session":
                if (Text(config, "storage") == "kong")
                {
                    problems.Add($"{path}.storage: kong needs a database; DB-less Kong supports cookie storage only.");
                }

                break;
            case "request-validator":
                if (Text(config, "body_schema") is not { } schema)
                {
                    if (Child(config, "parameter_schema") is null)
                    {
                        problems.Add($"{path}.body_schema: one of body_schema and parameter_schema is required.");
                    }
                }
                else if ((Text(config, "version") ?? "kong") == "kong")
                {
                    KongBodySchema.Check(schema, path + ".body_schema", problems);
                }

                break;
            case "request-termination":
                if (Child(config, "message") is not null && (Child(config, "content_type") is not null || Child(config, "body") is not null))
                {
                    problems.Add($"{path}.message: cannot be combined with content_type or body.");
                }

                if (Child(config, "content_type") is not null && Child(config, "body") is null)
                {
                    problems.Add($"{path}.content_type: requires body.");
                }

                if (Text(config, "status_code") is { } code && (!int.TryParse(code, CultureInfo.InvariantCulture, out var status) || status is < 100 or > 599))
                {
                    problems.Add($"{path}.status_code: {code} is not between 100 and 599.");
                }

                if (Text(config, "body") is { } body && Text(config, "content_type") is "application/json" && !IsJson(body))
                {
                    problems.Add($"{path}.body: is not JSON although content_type is application/json.");
                }

                break;
            case "cors":
                var origins = ScalarItems(config, "origins").Select(o => o.Value).ToList();
                if (Text(config, "credentials") == "true" && (origins.Count == 0 || origins.Contains("*")))
                {
                    problems.Add($"{path}.origins: credentials with {(origins.Count == 0 ? "no origins" : "*")} makes Kong reflect any Origin with credentials; list exact origins.");
                }

                break;
            case "ip-restriction":
                if (!ScalarItems(config, "allow").Any() && !ScalarItems(config, "deny").Any())
                {
                    problems.Add($"{path}: at least one of allow and deny is required.");
                }

                break;
            case "jwt":
                if (Text(config, "maximum_expiration") is { } max && max != "0" && !ScalarItems(config, "claims_to_verify").Any(c => c.Value == "exp"))
                {
                    problems.Add($"{path}.claims_to_verify: must contain exp when maximum_expiration is set.");
                }

                break;
            default:
                break;
        }
    }

    private static void CheckFields(YamlMappingNode node, IReadOnlyList<KongField> fields, string path, List<string> problems)
    {
        foreach (var key in Keys(node).Where(k => fields.All(f => f.Name != k)))
        {
            problems.Add($"{path}.{key}: is not a field here.");
        }

        foreach (var field in fields)
        {
            var value = Child(node, field.Name);
            if (value is null)
            {
                if (field.Required)
                {
                    problems.Add($"{path}.{field.Name}: is required.");
                }

                continue;
            }

            CheckValue(value, field, $"{path}.{field.Name}", problems);
        }
    }

    private static void CheckValue(YamlNode value, KongField field, string path, List<string> problems)
    {
        switch (field.Type)
        {
            case KongFieldType.Array when value is YamlSequenceNode list:
                var k = 0;
                foreach (var item in list)
                {
                    CheckScalar(item, field.Elements, field.OneOf, $"{path}[{k++}]", problems);
                }

                break;
            case KongFieldType.Record when value is YamlMappingNode map:
                CheckFields(map, [.. field.Fields], path, problems);
                break;
            case KongFieldType.Map when value is YamlMappingNode map:
                foreach (var entry in map.Children.Where(e => e.Value is not YamlScalarNode))
                {
                    problems.Add($"{path}.{entry.Key}: must be text.");
                }

                break;
            case KongFieldType.Entities when value is YamlSequenceNode:
                break;
            case KongFieldType.Array or KongFieldType.Record or KongFieldType.Map or KongFieldType.Entities:
                problems.Add($"{path}: must be {(field.Type == KongFieldType.Array ? "a list" : "a map")}.");
                break;
            default:
                CheckScalar(value, field.Type, field.OneOf, path, problems);
                break;
        }
    }

    private static void CheckScalar(YamlNode value, KongFieldType type, IReadOnlyCollection<string> oneOf, string path, List<string> problems)
    {
        if (value is not YamlScalarNode { Value: { } text } scalar)
        {
            problems.Add($"{path}: must be a {type.ToString().ToLowerInvariant()}.");
            return;
        }

        var quoted = scalar.Style is ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted or ScalarStyle.Literal or ScalarStyle.Folded;
        var ok = type switch
        {
            KongFieldType.String => quoted || !(text is "true" or "false" || decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _)),
            KongFieldType.Integer => !quoted && long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _),
            KongFieldType.Number => !quoted && decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _),
            KongFieldType.Boolean => !quoted && text is "true" or "false",
            _ => false,
        };
        if (!ok)
        {
            problems.Add($"{path}: '{text}' is not a {type.ToString().ToLowerInvariant()}.");
        }
        else if (oneOf.Count > 0 && !oneOf.Contains(text))
        {
            problems.Add($"{path}: '{text}' is not one of {string.Join(", ", oneOf)}.");
        }
    }

    private static bool IsJson(string text)
    {
        try
        {
            using var _ = JsonDocument.Parse(text);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static IEnumerable<string> Keys(YamlMappingNode node) => node.Children.Keys.OfType<YamlScalarNode>().Select(k => k.Value ?? string.Empty);

    private static YamlNode? Child(YamlMappingNode node, string key) => node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    private static YamlScalarNode? Scalar(YamlMappingNode node, string key) => Child(node, key) as YamlScalarNode;

    private static string? Text(YamlMappingNode node, string key) => Scalar(node, key)?.Value;

    private static IEnumerable<(YamlMappingNode Node, int Index)> Items(YamlMappingNode node, string key) =>
        (Child(node, key) as YamlSequenceNode)?.Children.Select((n, i) => (n as YamlMappingNode ?? new YamlMappingNode(), i)) ?? [];

    private static IEnumerable<(string Value, int Index)> ScalarItems(YamlMappingNode node, string key) =>
        (Child(node, key) as YamlSequenceNode)?.Children.Select((n, i) => ((n as YamlScalarNode)?.Value ?? string.Empty, i)) ?? [];
}
