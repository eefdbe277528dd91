using System.Collections.Concurrent;
using System.Collections.Immutable;
using Pulumi.Testing;

namespace IrisStack.Pulumi.Tests;

/// <summary>
/// Mocks that record every registration and answer with a deterministic state: the inputs, plus
/// every output that <paramref name="outputsOf"/> says something reads, as <c>{name}.{output}</c>,
/// so references resolve to text a test can predict. Ids are <c>{name}-id</c>.
/// </summary>
internal sealed class RecordingMocks(Func<string, IEnumerable<string>> outputsOf) : IMocks
{
    // Pulumi lets resources of different types share a name (their URNs differ), so the key is both.
    private readonly ConcurrentDictionary<(string Type, string Name), MockResourceArgs> registered = new();

    /// <summary>Every registration, by logical name, for programs whose names are unique.</summary>
    public IReadOnlyDictionary<string, MockResourceArgs> Registered =>
        registered.GroupBy(r => r.Key.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => Assert.Single(g).Value, StringComparer.Ordinal);

    /// <summary>How many resources were registered.</summary>
    public int Count => registered.Count;

    /// <summary>The registration of a type and name.</summary>
    public MockResourceArgs Get(string type, string name) => registered[(type, name)];

    public Task<(string? id, object state)> NewResourceAsync(MockResourceArgs args)
    {
        var name = args.Name!;
        Assert.True(registered.TryAdd((args.Type!, name), args), $"'{name}' ({args.Type}) was registered twice.");
        var state = args.Inputs.ToBuilder();
        foreach (var output in outputsOf(name))
        {
            state[output] = $"{name}.{output}";
        }

        return Task.FromResult<(string?, object)>(($"{name}-id", state.ToImmutable()));
    }

    public Task<object> CallAsync(MockCallArgs args) => Task.FromResult<object>(ImmutableDictionary<string, object>.Empty);
}
