namespace IrisStack.Components.Graph;

/// <summary>A string.</summary>
public sealed record StringValue(string Value) : Value
{
    /// <inheritdoc />
    public override string ToString() => Value;
}
