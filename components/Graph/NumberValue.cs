using System.Globalization;

namespace IrisStack.Components.Graph;

/// <summary>A number; Pulumi sends every number to the engine as a double.</summary>
public sealed record NumberValue(double Value) : Value
{
    /// <summary>The number as invariant text, integral values without a fraction.</summary>
    public override string ToString() => Value.ToString("R", CultureInfo.InvariantCulture);
}
