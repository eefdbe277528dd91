using System.Collections;
using System.Globalization;
using System.Text.Json;
using IrisStack.Components.Graph;
using Pulumi.Utilities;

namespace IrisStack.Pulumi.Tests;

/// <summary>
/// Inputs as the mocks receive them, as canonical JSON: what a graph value becomes once every
/// reference is resolved the way <see cref="RecordingMocks"/> answers (<c>{name}-id</c>,
/// <c>{name}.{output}</c>), secrets are unwrapped and unset values are left out.
/// </summary>
internal static class MockView
{
    public static string Expected(IEnumerable<KeyValuePair<string, Value>> inputs, Func<string, string> urnOf) =>
        Json(inputs.Select(i => (i.Key, Plain(i.Value, urnOf))).Where(i => i.Item2 is not null).ToDictionary(i => i.Key, i => i.Item2));

    public static string Actual(IReadOnlyDictionary<string, object> inputs) =>
        Json(inputs.ToDictionary(i => i.Key, i => Normalize(i.Value)));

    private static object? Plain(Value value, Func<string, string> urnOf) => value switch
    {
        NullValue => null,
        BoolValue b => b.Value,
        NumberValue n => n.Value,
        StringValue s => s.Value,
        ListValue l => l.Items.Select(i => Plain(i, urnOf)).ToList(),
        MapValue m => m.Entries.Select(e => (e.Key, Plain(e.Value, urnOf))).Where(e => e.Item2 is not null).ToDictionary(e => e.Key, e => e.Item2),
        OutputReference { Output: "id" } r => $"{r.Node}-id",
        OutputReference { Output: "urn" } r => urnOf(r.Node),
        OutputReference r => $"{r.Node}.{r.Output}",
        ResourceReference r => urnOf(r.Node),
        SecretValue s => Plain(s.Inner, urnOf),
        InterpolationValue i => string.Concat(i.Parts.Select(p => Convert.ToString(Plain(p, urnOf), CultureInfo.InvariantCulture))),
        _ => throw new ArgumentOutOfRangeException(nameof(value), value, "A whole-stack graph has no external inputs."),
    };

    private static object? Normalize(object? value) => value switch
    {
        null or string or bool => value,
        double or int => Convert.ToDouble(value, CultureInfo.InvariantCulture),
        // A resource reference reaches the mocks rebuilt as a resource; its URN is what was sent.
        global::Pulumi.Resource resource => OutputUtilities.GetValueAsync(resource.Urn).GetAwaiter().GetResult(),
        IDictionary map => map.Keys.Cast<string>().ToDictionary(k => k, k => Normalize(map[k])),
        IEnumerable list => list.Cast<object?>().Select(Normalize).ToList(),
        _ => value.ToString(),
    };

    private static string Json(object value) => JsonSerializer.Serialize(Sort(value));

    private static object? Sort(object? value) => value switch
    {
        IDictionary<string, object?> map => new SortedDictionary<string, object?>(map.ToDictionary(e => e.Key, e => Sort(e.Value)), StringComparer.Ordinal),
        IList<object?> list => list.Select(Sort).ToList(),
        _ => value,
    };
}
