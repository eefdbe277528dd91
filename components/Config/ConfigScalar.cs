namespace IrisStack.Components.Config;

/// <summary>A scalar: text, number or boolean, all held as the text the user wrote.</summary>
public sealed record ConfigScalar(string Text) : ConfigNode
{
    /// <inheritdoc />
    public override string Describe() => $"'{Text}'";
}
