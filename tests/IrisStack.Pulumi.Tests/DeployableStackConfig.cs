using System.Collections.Immutable;
using IrisStack.Components.Config;
using IrisStack.Components.Data;
using IrisStack.Components.Data.Security;
using IrisStack.Policies;
using IrisStack.Stack;

namespace IrisStack.Pulumi.Tests;

/// <summary>
/// A stack's configuration with a secret for every deployment input its data layer would otherwise
/// leave open (the password hashes, the registry login) whose name starts with one of
/// <paramref name="prefixes"/> (default <see cref="DataConfig.DeploymentInputPrefixes"/>), as
/// <c>pulumi config set --path --secret 'iris-stack:data.…'</c> adds them: what a deployable stack holds.
/// </summary>
internal sealed class DeployableStackConfig(IConfigSource source, IReadOnlyList<string>? prefixes = null) : IConfigSource
{
    private const string DataPrefix = "data.";

    /// <summary>The hash the configuration gives <paramref name="account"/>.</summary>
    public static string HashOf(string account) => $"hash-of-{account},salt,10000,SHA512";

    /// <summary>The value the configuration gives the input <paramref name="name"/> (<c>data.operator.registry.username</c>).</summary>
    public static string ValueOf(string name) =>
        name.StartsWith(AccountPasswordHashes.InputPrefix, StringComparison.Ordinal)
            ? HashOf(name[AccountPasswordHashes.InputPrefix.Length..])
            : $"given-{name}";

    /// <inheritdoc />
    public RawStackConfig Read()
    {
        var raw = source.Read();
        var given = (prefixes ?? DataConfig.DeploymentInputPrefixes).ToList();
        var inputs = MissingDeploymentInputs.In(StackEvaluation.Evaluate(source, PolicyPack.Default()).Build.Graph)
            .Where(i => given.Any(p => i.StartsWith(p, StringComparison.Ordinal)));
        var key = ConfigReader.ProjectNamespace + ":data";
        var data = raw.Values.TryGetValue(key, out var node) ? (ConfigMap)node : Empty;
        data = inputs.Aggregate(data, (map, i) => With(map, i[DataPrefix.Length..].Split('.'), new ConfigSecret(SecretString.Known(ValueOf(i)))));
        return raw with { Values = raw.Values.SetItem(key, data) };
    }

    private static ConfigMap Empty => new(ImmutableSortedDictionary.Create<string, ConfigNode>(StringComparer.Ordinal));

    // Sets the value at the path, keeping every other key of the maps on the way.
    private static ConfigMap With(ConfigMap map, ReadOnlySpan<string> path, ConfigNode value)
    {
        if (path.Length == 1)
        {
            return new(map.Entries.SetItem(path[0], value));
        }

        var child = map.Entries.TryGetValue(path[0], out var c) ? (ConfigMap)c : Empty;
        return new(map.Entries.SetItem(path[0], With(child, path[1..], value)));
    }
}
