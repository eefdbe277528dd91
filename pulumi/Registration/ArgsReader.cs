using System.Collections;
using System.Globalization;
using System.Reflection;
using IrisStack.Components.Collections;
using IrisStack.Components.Config;
using Pulumi;

namespace IrisStack.Pulumi.Registration;

/// <summary>
/// Turns a component's args into what the Pulumi-free validation reads: plain values (the ones
/// that decide) become config nodes under their wire names, exactly as a stack file would hold
/// them, and every <c>Input&lt;string&gt;</c> (the ones that only pass through) becomes a
/// <see cref="ConfigExternal"/> named by its arg path, bound to its value.
/// </summary>
internal static class ArgsReader
{
    /// <summary>The args' values and the inputs they pass through, by arg path (<c>network.vpcId</c>).</summary>
    public static (ConfigMap Values, ComponentBindings Bindings) Read(ResourceArgs args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var inputs = new Dictionary<string, Output<object?>>(StringComparer.Ordinal);
        var values = Map(args, string.Empty, inputs);
        return (values, new ComponentBindings(inputs, new Dictionary<string, Resource>()));
    }

    private static ConfigMap Map(object args, string prefix, Dictionary<string, Output<object?>> inputs)
    {
        var entries = new SortedDictionary<string, ConfigNode>(StringComparer.Ordinal);
        foreach (var property in args.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetCustomAttribute<InputAttribute>() is not null && WireNames.Of(property) is { } name && property.GetValue(args) is { } value)
            {
                entries[name] = Node(value, prefix + name, inputs);
            }
        }

        return new ConfigMap(EquatableSortedDictionaryOf(entries));
    }

    private static ConfigNode Node(object value, string path, Dictionary<string, Output<object?>> inputs)
    {
        switch (value)
        {
            case Input<string> input:
                inputs[path] = input.ToOutput().Apply(v => (object?)v);
                return new ConfigExternal(path);
            case string text:
                return new ConfigScalar(text);
            case bool flag:
                return new ConfigScalar(flag ? "true" : "false");
            case int number:
                return new ConfigScalar(number.ToString(CultureInfo.InvariantCulture));
            case IDictionary map:
                // Maps of text, inputs or nested args alike (tags, password hashes, managed rule group overrides).
                return new ConfigMap(EquatableSortedDictionaryOf(map.Keys.Cast<object>().Select(k => (string)k).ToDictionary(k => k, k => Node(map[k]!, $"{path}.{k}", inputs), StringComparer.Ordinal)));
            case ResourceArgs nested:
                return Map(nested, path + ".", inputs);
            case IEnumerable list:
                return new ConfigList([.. list.Cast<object>().Select((item, i) => Node(item, $"{path}[{i}]", inputs))]);
            default:
                throw new ArgumentException($"{path}: a {value.GetType().Name} cannot be an IrisStack arg; use text, a number, true/false, a list, a map or Input<string>.", nameof(value));
        }
    }

    private static EquatableSortedDictionary<string, ConfigNode> EquatableSortedDictionaryOf(IEnumerable<KeyValuePair<string, ConfigNode>> entries) =>
        System.Collections.Immutable.ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, entries);
}
