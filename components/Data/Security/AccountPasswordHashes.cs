using System.Collections.Immutable;
using IrisStack.Components.Collections;
using IrisStack.Components.Graph;

namespace IrisStack.Components.Data.Security;

/// <summary>
/// The seam for password hashes: the merge files carry <c>PasswordHash</c> values
/// (<c>&lt;hash&gt;,&lt;salt&gt;,&lt;work factor&gt;,&lt;algorithm&gt;</c>), never passwords, and
/// IrisStack does not compute them itself because IRIS's exact hashing (PBKDF2 parameters and
/// encoding) is not confirmed by a source we can cite (see README.md). The data layer must supply
/// each hash as a secret, made from the password in <see cref="IrisSecurityConfig"/> (or the one it
/// generates) by InterSystems' <c>passwordhash</c> container.
/// </summary>
/// <param name="Predefined">The hash for <c>[Startup] PasswordHash</c>: the predefined accounts' new password.</param>
/// <param name="Accounts">The hash of each account the merge files create, by user name.</param>
public sealed record AccountPasswordHashes(SecretValue Predefined, EquatableSortedDictionary<string, SecretValue> Accounts)
{
    /// <summary>The start of every hash input's name.</summary>
    public const string InputPrefix = "data.security.passwordHashes.";

    /// <summary>The input name of the predefined accounts' hash.</summary>
    public const string PredefinedInput = InputPrefix + PredefinedKey;

    /// <summary>The input name of an account's hash.</summary>
    public static string AccountInput(string user) => InputPrefix + user;

    /// <summary>
    /// Every hash as an external input the layer binds (<c>&lt;input: data.security.passwordHashes.irisadmin&gt;</c>):
    /// what an offline render shows before the hashes exist.
    /// </summary>
    public static AccountPasswordHashes Inputs(IEnumerable<string> accounts) => Of(accounts, new(ImmutableSortedDictionary<string, SecretValue>.Empty));

    /// <summary>
    /// The hashes the stack sets (<c>data.security.passwordHashes.&lt;account&gt;</c>, and
    /// <c>predefined</c>), and an external input for each one it does not: a deployment must be
    /// given those before it registers anything.
    /// </summary>
    public static AccountPasswordHashes Of(IEnumerable<string> accounts, EquatableSortedDictionary<string, SecretValue> configured)
    {
        SecretValue Hash(string key, string input) => configured.TryGetValue(key, out var hash) ? hash : new SecretValue(new ExternalInput(input));
        return new(
            Hash(PredefinedKey, PredefinedInput),
            new(accounts.ToImmutableSortedDictionary(a => a, a => Hash(a, AccountInput(a)), StringComparer.Ordinal)));
    }

    /// <summary>The key, under <c>data.security.passwordHashes</c>, of the predefined accounts' hash.</summary>
    public const string PredefinedKey = "predefined";
}
