using IrisStack.Components.Collections;

namespace IrisStack.Components.Graph;

/// <summary>The resource options of a node, as Pulumi's <c>CustomResourceOptions</c> carries them (by node name).</summary>
public sealed record ResourceOptions
{
    /// <summary>No options.</summary>
    public static ResourceOptions None { get; } = new();

    /// <summary>Names of nodes this node must be created after, beyond its input references.</summary>
    public EquatableArray<string> DependsOn { get; init; } = [];

    /// <summary>Name of the explicit provider node to use, if any.</summary>
    public string? Provider { get; init; }

    /// <summary>Whether Pulumi refuses to delete the resource.</summary>
    public bool Protect { get; init; }

    /// <summary>Input property paths whose changes Pulumi ignores.</summary>
    public EquatableArray<string> IgnoreChanges { get; init; } = [];
}
