using System.Collections.Immutable;
using IrisStack.Components.Data.Security;
using IrisStack.Components.Graph;
using Pulumi;

namespace IrisStack.Pulumi;

/// <summary>
/// The password hashes a data build still leaves as inputs: without them the merge files would
/// carry no PasswordHash, so a deployment refuses to register anything until each is given.
/// </summary>
internal static class MissingPasswordHashes
{
    /// <summary>The accounts (and <c>predefined</c>) whose hash <paramref name="graph"/> still takes as an input, in order.</summary>
    public static ImmutableArray<string> In(ResourceGraph graph) =>
        [.. graph.Nodes.SelectMany(n => n.Inputs.Externals())
            .Where(e => e.Name.StartsWith(AccountPasswordHashes.InputPrefix, StringComparison.Ordinal))
            .Select(e => e.Name[AccountPasswordHashes.InputPrefix.Length..])
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)];

    /// <summary>
    /// The error naming every missing hash by <paramref name="keyPrefix"/> + account, with how to
    /// make a hash and how to give it (<paramref name="howToSet"/>).
    /// </summary>
    public static RunException Error(string what, IReadOnlyList<string> accounts, string keyPrefix, string howToSet) => new(
        $"{what} lacks the password hashes of {string.Join(", ", accounts)}: the merge files set every account's password as a PasswordHash, never in plain text, " +
        $"and IrisStack does not compute IRIS's hashes itself. Nothing was registered.{Environment.NewLine}" +
        $"Missing: {string.Join(", ", accounts.Select(a => keyPrefix + a))}.{Environment.NewLine}" +
        "Fix: make each hash (predefined is the predefined accounts' new password) with InterSystems' passwordhash container, " +
        "'docker run --rm -it containers.intersystems.com/intersystems/passwordhash:1.1 -algorithm SHA512 -workfactor 10000', " +
        $"which prints PasswordHash=<hash>,<salt>,<work factor>,<algorithm>; then {howToSet}");
}
