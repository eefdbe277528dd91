namespace IrisStack.Components.Graph;

/// <summary>A boolean.</summary>
public sealed record BoolValue(bool Value) : Value;
