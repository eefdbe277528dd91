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
    public ConcurrentDictionary<string, MockResourceArgs> Registered { get; } = new(StringComparer.Ordinal);

    public Task<(string? id, object state)> NewResourceAsync(MockResourceArgs args)
    {
        var name = args.Name!;
        Assert.True(Registered.TryAdd(name, args), $"'{name}' was registered twice.");
        var state = args.Inputs.ToBuilder();
        foreach (var output in outputsOf(name))
        {
            state[output] = $"{name}.{output}";
        }

        return Task.FromResult<(string?, object)>(($"{name}-id", state.ToImmutable()));
    }

    public Task<object> CallAsync(MockCallArgs args) => Task.FromResult<object>(ImmutableDictionary<string, object>.Empty);
}
