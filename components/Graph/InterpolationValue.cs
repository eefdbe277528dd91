using System.Collections.Immutable;
using IrisStack.Components.Collections;

namespace IrisStack.Components.Graph;

/// <summary>A string built from literals and output references, like <c>Output.Format</c>.</summary>
public sealed record InterpolationValue(EquatableArray<Value> Parts) : Value
{
    /// <summary>An interpolation of the given parts (strings and references).</summary>
    public static InterpolationValue Of(params IEnumerable<Value> parts)
    {
        var list = parts.ToImmutableArray();
        if (list.Any(p => p is not (StringValue or OutputReference or ExternalInput or SecretValue)))
        {
            throw new ArgumentException("An interpolation holds only strings, references, external inputs and secrets.", nameof(parts));
        }

        return new InterpolationValue(list);
    }
}
