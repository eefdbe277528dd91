using System.Collections.Immutable;
using System.Text.Json;
using IrisStack.Components.Config;

namespace IrisStack.Stack;

/// <summary>
/// Reads the configuration the Pulumi language host hands a running program: the JSON object
/// in <c>PULUMI_CONFIG</c> (<c>"ns:key"</c> to string; structured values JSON-encoded) and the
/// JSON array of secret keys in <c>PULUMI_CONFIG_SECRET_KEYS</c>. Secrets arrive decrypted and
/// stay wrapped.
/// </summary>
public sealed class PulumiEnvironmentConfigSource(string project, string stack, string? configJson, string? secretKeysJson) : IConfigSource
{
    /// <inheritdoc />
    public RawStackConfig Read()
    {
        var secretKeys = string.IsNullOrEmpty(secretKeysJson)
            ? []
            : Deserialize<string[]>(secretKeysJson, "PULUMI_CONFIG_SECRET_KEYS", "a JSON array of key names") ?? [];
        var config = string.IsNullOrEmpty(configJson)
            ? new Dictionary<string, string>()
            : Deserialize<Dictionary<string, string>>(configJson, "PULUMI_CONFIG", "a JSON object of \"namespace:key\" to string") ?? [];

        var values = config.ToImmutableSortedDictionary(
            e => e.Key,
            e => Convert(e.Key, e.Value, secretKeys.Contains(e.Key)),
            StringComparer.Ordinal);
        return new RawStackConfig(project, stack, values);
    }

    // The language host hands these over; a malformed one is still bad configuration, not a crash.
    private static T? Deserialize<T>(string json, string variable, string shape)
    {
        try
        {
            return JsonSerializer.Deserialize<T>(json);
        }
        catch (JsonException e)
        {
            throw new ConfigException(new ConfigError(variable, $"the variable is not {shape} ({Position(e)}).", "run the program through the Pulumi CLI, which sets it."));
        }
    }

    // Pulumi JSON-encodes structured values; a value that merely starts with '{' or '[' is read as
    // JSON too, so when it is not valid JSON the error names the key rather than escaping as a crash.
    private static ConfigNode Convert(string key, string text, bool secret)
    {
        var trimmed = text.TrimStart();
        if (trimmed.StartsWith('{') || trimmed.StartsWith('['))
        {
            JsonDocument document;
            try
            {
                document = JsonDocument.Parse(text);
            }
            catch (JsonException e)
            {
                throw new ConfigException(new ConfigError(key, $"the value starts with '{trimmed[0]}' but is not valid JSON ({Position(e)}).",
                    $"write a structured value as valid JSON (pulumi config set --path '{key}...' does), or a plain value without a leading '{trimmed[0]}'."));
            }

            using (document)
            {
                return FromJson(key, document.RootElement, secret);
            }
        }

        return secret ? new ConfigSecret(SecretString.Known(text)) : new ConfigScalar(text);
    }

    // A structured secret key is secret as a whole: every leaf stays wrapped.
    private static ConfigNode FromJson(string where, JsonElement element, bool secret) => element.ValueKind switch
    {
        JsonValueKind.Object => new ConfigMap(UniqueProperties(where, element).ToImmutableSortedDictionary(
            p => p.Name, p => FromJson($"{where}.{p.Name}", p.Value, secret), StringComparer.Ordinal)),
        JsonValueKind.Array => new ConfigList([.. element.EnumerateArray().Select((e, i) => FromJson($"{where}[{i}]", e, secret))]),
        JsonValueKind.String => Leaf(element.GetString() ?? string.Empty, secret),
        JsonValueKind.Null => new ConfigScalar(string.Empty),
        _ => Leaf(element.GetRawText(), secret),
    };

    // Only the position: the parser's message quotes the offending character, which may belong to a secret.
    private static string Position(JsonException e) => $"invalid at line {e.LineNumber + 1}, byte {e.BytePositionInLine + 1}";

    private static List<JsonProperty> UniqueProperties(string where, JsonElement element)
    {
        var properties = element.EnumerateObject().ToList();
        var duplicate = properties.GroupBy(p => p.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        return duplicate is null
            ? properties
            : throw new ConfigException(new ConfigError($"{where}.{duplicate.Key}", "the key appears more than once in the JSON value.", "keep one entry per key."));
    }

    private static ConfigNode Leaf(string text, bool secret) =>
        secret ? new ConfigSecret(SecretString.Known(text)) : new ConfigScalar(text);
}
