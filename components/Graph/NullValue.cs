namespace IrisStack.Components.Graph;

/// <summary>An explicit null (a C# null entry in a map means "leave the input unset").</summary>
public sealed record NullValue : Value
{
    /// <summary>The one null value.</summary>
    public static NullValue Instance { get; } = new();
}
