namespace IrisStack.Components.Config;

/// <summary>
/// A raw configuration value as Pulumi holds it, before typing: a scalar (always text, as the
/// Pulumi CLI passes it), a map, a list, or a secret (a <c>secure:</c> value).
/// </summary>
public abstract record ConfigNode
{
    private protected ConfigNode()
    {
    }

    /// <summary>What kind of value this is, for messages.</summary>
    public abstract string Describe();
}
