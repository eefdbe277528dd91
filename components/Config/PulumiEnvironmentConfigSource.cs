using System.Collections.Immutable;
using System.Text.Json;

namespace IrisStack.Components.Config;

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
            : JsonSerializer.Deserialize<string[]>(secretKeysJson) ?? [];
        var config = string.IsNullOrEmpty(configJson)
            ? new Dictionary<string, string>()
            : JsonSerializer.Deserialize<Dictionary<string, string>>(configJson) ?? [];

        var values = config.ToImmutableSortedDictionary(
            e => e.Key,
            e => Convert(e.Value, secretKeys.Contains(e.Key)),
            StringComparer.Ordinal);
        return new RawStackConfig(project, stack, values);
    }

    private static ConfigNode Convert(string text, bool secret)
    {
        var trimmed = text.TrimStart();
        if (trimmed.StartsWith('{') || trimmed.StartsWith('['))
        {
            using var document = JsonDocument.Parse(text);
            return FromJson(document.RootElement, secret);
        }

        return secret ? new ConfigSecret(SecretString.Known(text)) : new ConfigScalar(text);
    }

    // A structured secret key is secret as a whole: every leaf stays wrapped.
    private static ConfigNode FromJson(JsonElement element, bool secret) => element.ValueKind switch
    {
        JsonValueKind.Object => new ConfigMap(element.EnumerateObject().ToImmutableSortedDictionary(
            p => p.Name, p => FromJson(p.Value, secret), StringComparer.Ordinal)),
        JsonValueKind.Array => new ConfigList([.. element.EnumerateArray().Select(e => FromJson(e, secret))]),
        JsonValueKind.String => Leaf(element.GetString() ?? string.Empty, secret),
        JsonValueKind.Null => new ConfigScalar(string.Empty),
        _ => Leaf(element.GetRawText(), secret),
    };

    private static ConfigNode Leaf(string text, bool secret) =>
        secret ? new ConfigSecret(SecretString.Known(text)) : new ConfigScalar(text);
}
