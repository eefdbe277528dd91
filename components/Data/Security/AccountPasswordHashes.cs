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
    /// <summary>The input name of the predefined accounts' hash.</summary>
    public const string PredefinedInput = "data.security.passwordHashes.predefined";

    /// <summary>The input name of an account's hash.</summary>
    public static string AccountInput(string user) => "data.security.passwordHashes." + user;

    /// <summary>
    /// Every hash as an external input the layer binds (<c>&lt;input: data.security.passwordHashes.irisadmin&gt;</c>):
    /// what an offline render shows before the hashes exist.
    /// </summary>
    public static AccountPasswordHashes Inputs(IEnumerable<string> accounts) => new(
        new SecretValue(new ExternalInput(PredefinedInput)),
        new(accounts.ToImmutableSortedDictionary(a => a, a => new SecretValue(new ExternalInput(AccountInput(a))), StringComparer.Ordinal)));
}
