using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Reflection;
using Pulumi;
using Pulumi.Utilities;

namespace IrisStack.Pulumi.Tests;

/// <summary>
/// Records, through a stack transformation (which every descendant inherits), the parent,
/// options and args each resource is constructed with, since the mocks see neither.
/// </summary>
internal sealed class RecordedOptions
{
    // DictionaryResourceArgs keeps its values private; reading them is how a test sees which
    // inputs the program hands over as secret Outputs.
    private static readonly FieldInfo Values = typeof(DictionaryResourceArgs).GetField("_dictionary", BindingFlags.NonPublic | BindingFlags.Instance)!;

    public ConcurrentDictionary<string, (Resource Resource, ResourceArgs Args, ResourceOptions Options)> ByName { get; } = new(StringComparer.Ordinal);

    public ResourceTransformationResult? Record(ResourceTransformationArgs args)
    {
        ByName[args.Resource.GetResourceName()] = (args.Resource, args.Args, args.Options);
        return null;
    }

    public static ImmutableDictionary<string, object?> ArgsOf(ResourceArgs args) =>
        args is DictionaryResourceArgs ? (ImmutableDictionary<string, object?>)Values.GetValue(args)! : ImmutableDictionary<string, object?>.Empty;

    public static async Task<ImmutableArray<string>> DependsOnAsync(ResourceOptions options)
    {
        var resources = await OutputUtilities.GetValueAsync(options.DependsOn.ToOutput());
        return [.. resources.Select(r => r.GetResourceName()).Order(StringComparer.Ordinal)];
    }
}
