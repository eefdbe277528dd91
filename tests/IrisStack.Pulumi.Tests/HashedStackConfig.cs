using System.Collections.Immutable;
using IrisStack.Components.Config;
using IrisStack.Policies;
using IrisStack.Stack;

namespace IrisStack.Pulumi.Tests;

/// <summary>
/// A stack's configuration with a secret PasswordHash for every account its data layer would
/// otherwise take as an input, as <c>pulumi config set --secret --path
/// 'iris-stack:data.security.passwordHashes.&lt;account&gt;'</c> adds them: what a deployable stack holds.
/// </summary>
internal sealed class HashedStackConfig(IConfigSource source) : IConfigSource
{
    private const string DataKey = ConfigReader.ProjectNamespace + ":data";

    /// <summary>The hash the configuration gives <paramref name="account"/>.</summary>
    public static string HashOf(string account) => $"hash-of-{account},salt,10000,SHA512";

    /// <inheritdoc />
    public RawStackConfig Read()
    {
        var raw = source.Read();
        var accounts = MissingPasswordHashes.In(StackEvaluation.Evaluate(source, PolicyPack.Default()).Build.Graph);
        var data = raw.Values.TryGetValue(DataKey, out var node) ? (ConfigMap)node : Empty;
        var security = data.Entries.TryGetValue("security", out var s) ? (ConfigMap)s : Empty;
        var hashes = security.Entries.TryGetValue("passwordHashes", out var h) ? (ConfigMap)h : Empty;
        hashes = With(hashes, accounts.Select(a => (a, (ConfigNode)new ConfigSecret(SecretString.Known(HashOf(a))))));
        var values = raw.Values.SetItem(DataKey, With(data, [("security", With(security, [("passwordHashes", hashes)]))]));
        return raw with { Values = values };
    }

    private static ConfigMap Empty => new(ImmutableSortedDictionary.Create<string, ConfigNode>(StringComparer.Ordinal));

    private static ConfigMap With(ConfigMap map, IEnumerable<(string Key, ConfigNode Value)> entries) =>
        new(entries.Aggregate(map.Entries, (d, e) => d.SetItem(e.Key, e.Value)));
}
