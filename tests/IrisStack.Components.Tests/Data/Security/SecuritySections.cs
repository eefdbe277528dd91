using System.Collections.Immutable;
using IrisStack.Components.Config;
using IrisStack.Components.Data.Security;

namespace IrisStack.Components.Tests.Data.Security;

/// <summary>Builds <c>iris-stack:data.security</c> sections from plain values, read as a stack file would be.</summary>
internal static class SecuritySections
{
    public static ConfigNode Map(params (string Key, ConfigNode Value)[] entries) =>
        new ConfigMap(entries.ToImmutableSortedDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal));

    public static ConfigNode List(params ConfigNode[] items) => new ConfigList(items.ToImmutableArray());

    public static ConfigNode Strings(params string[] items) => List([.. items.Select(Text)]);

    public static ConfigNode Text(string text) => new ConfigScalar(text);

    public static ConfigNode Secret(string text) => new ConfigSecret(SecretString.Known(text));

    /// <summary>Reads the security section; returns the config and the errors found.</summary>
    public static (IrisSecurityConfig Config, IReadOnlyList<ConfigError> Errors) Read(params (string Key, ConfigNode Value)[] security)
    {
        var raw = new RawStackConfig("iris-stack", "test",
            ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, [new KeyValuePair<string, ConfigNode>("iris-stack:data", Map(("security", Map(security))))]));
        var reader = new ConfigReader(raw);
        var config = IrisSecurityConfig.Read(reader.Namespace("iris-stack").Section("data", "data").Section("security", "security"));
        return (config, reader.Errors);
    }

    /// <summary>The one error the section gives.</summary>
    public static ConfigError Error(params (string Key, ConfigNode Value)[] security) => Assert.Single(Read(security).Errors);
}
