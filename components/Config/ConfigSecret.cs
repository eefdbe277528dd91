namespace IrisStack.Components.Config;

/// <summary>A <c>secure:</c> value.</summary>
public sealed record ConfigSecret(SecretString Secret) : ConfigNode
{
    /// <inheritdoc />
    public override string Describe() => "a secret";
}
