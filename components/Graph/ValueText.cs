namespace IrisStack.Components.Graph;

/// <summary>
/// The text of a scalar value as plans, manifests and messages show it: strings as they are,
/// references as <c>${node.output}</c>, secrets as <c>[secret]</c>, interpolations as their parts
/// concatenated. No secret's content is ever part of the text.
/// </summary>
public static class ValueText
{
    /// <summary>The text of a string, reference, secret or interpolation; null for anything else (numbers, lists, maps, null).</summary>
    public static string? Display(Value? value) => value switch
    {
        StringValue s => s.Value,
        OutputReference r => r.ToString(),
        ExternalInput e => e.ToString(),
        ResourceReference r => r.ToString(),
        SecretValue => SecretValue.Mask,
        InterpolationValue i => Display(i),
        _ => null,
    };

    /// <summary>The text of an interpolation: its parts concatenated, references inline, secrets masked.</summary>
    public static string Display(InterpolationValue value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return string.Concat(value.Parts.Select(p => Display(p)));
    }

    /// <summary>
    /// The text of a string or interpolation with every part that is not a literal (references as
    /// well as secrets) shown as <c>[secret]</c>; null for anything else. For text that a parser reads
    /// at preview: a reference's value is unknown there, and its <c>${…}</c> form would read as syntax
    /// (an nginx block), so it stays an opaque token like a secret.
    /// </summary>
    public static string? LiteralsOnly(Value? value) => value switch
    {
        StringValue s => s.Value,
        InterpolationValue i => string.Concat(i.Parts.Select(p => p is StringValue s ? s.Value : SecretValue.Mask)),
        _ => null,
    };
}
