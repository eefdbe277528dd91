using IrisStack.Components.Graph;
using Pulumi;

namespace IrisStack.Pulumi.Tests;

/// <summary>Asserts that what a program hands the SDK keeps every secret of a graph value secret, wherever in a map or list it sits.</summary>
internal static class SecretAssert
{
    /// <summary>Fails naming <paramref name="where"/> when a part of <paramref name="value"/> that holds a secret is given in plain text.</summary>
    public static async Task KeptSecretAsync(Value value, object? given, string where)
    {
        switch (value, given)
        {
            // A map or list goes to the SDK as a collection; its secret entries are secret Outputs inside it.
            case (MapValue map, IDictionary<string, object?> entries):
                foreach (var (key, entry) in map.Entries.Where(e => e.Value.ContainsSecret))
                {
                    await KeptSecretAsync(entry, entries[key], $"{where}.{key}");
                }

                break;
            case (ListValue list, IList<object?> items):
                foreach (var (item, i) in list.Items.Select((item, i) => (item, i)).Where(p => p.item.ContainsSecret))
                {
                    await KeptSecretAsync(item, items[i], $"{where}[{i}]");
                }

                break;
            default:
                var output = Assert.IsType<Output<object?>>(given, exactMatch: false);
                Assert.True(await Output.IsSecretAsync(output), $"{where} is registered in plain text.");
                break;
        }
    }
}
