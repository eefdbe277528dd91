using System.Collections.Immutable;
using IrisStack.Components.Config;

namespace IrisStack.Components.Tests.StackComponents;

/// <summary>Component args as the Pulumi classes hand them over: values by wire name, pass-through inputs as <see cref="ConfigExternal"/>.</summary>
internal static class Args
{
    public static ConfigMap Map(params (string Key, ConfigNode Value)[] entries) =>
        new(entries.ToImmutableSortedDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal));

    public static ConfigList List(params ConfigNode[] items) => new([.. items]);

    public static ConfigScalar S(string text) => new(text);

    public static ConfigExternal Input(string path) => new(path);

    /// <summary>Where every component deploys in these tests.</summary>
    public static (string, ConfigNode)[] Shared => [("region", S("eu-west-1")), ("accountId", S("123456789012"))];

    public static ConfigMap With(this (string, ConfigNode)[] shared, params (string Key, ConfigNode Value)[] entries) => Map([.. shared, .. entries]);
}
