using IrisStack.Components.Graph;

namespace IrisStack.Components.Config;

/// <summary>
/// A secret configuration value. Its text never appears in <see cref="ToString"/>; offline the
/// stack file holds only ciphertext, so the plaintext is unknown there and known under Pulumi.
/// </summary>
public sealed class SecretString : IEquatable<SecretString>
{
    /// <summary>What every output shows in place of a secret (the graph's mask).</summary>
    public const string Mask = SecretValue.Mask;

    private readonly string? plaintext;

    private SecretString(string? plaintext) => this.plaintext = plaintext;

    /// <summary>A secret whose plaintext is known (the Pulumi engine decrypted it).</summary>
    public static SecretString Known(string plaintext) => new(plaintext);

    /// <summary>A secret held only as ciphertext (offline, from a stack file).</summary>
    public static SecretString Encrypted() => new(null);

    /// <summary>Whether the plaintext is known.</summary>
    public bool IsKnown => plaintext is not null;

    /// <summary>The plaintext, for the one place that hands it to the engine as a secret.</summary>
    public string? Reveal() => plaintext;

    /// <summary>
    /// Equal when both plaintexts are equal or both are unknown, so records holding a secret (the
    /// stack config) keep value equality. The hash ignores the plaintext: it must not leak it.
    /// </summary>
    public bool Equals(SecretString? other) => other is not null && string.Equals(plaintext, other.plaintext, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as SecretString);

    /// <inheritdoc />
    public override int GetHashCode() => IsKnown.GetHashCode();

    /// <inheritdoc />
    public override string ToString() => Mask;
}
