using IrisStack.Components.Collections;
using IrisStack.Components.Graph;

namespace IrisStack.Components.Aws;

/// <summary>What every layer needs beyond its own section: where it deploys and how to tag.</summary>
public sealed record StackContext(string Project, string Stack, string Region, string AccountId, EquatableSortedDictionary<string, string> Tags)
{
    /// <summary>
    /// What names that must be unique in an account and region (log groups, key aliases, the EKS
    /// cluster) add after the project and stack: a component's name, so two instances of a layer
    /// coexist; null for the stack's own layers, whose names stay what IrisStack always created.
    /// </summary>
    public string? Instance { get; init; }

    /// <summary><c>{project}{separator}{stack}</c>, followed by <c>{separator}{instance}</c> when there is one.</summary>
    public string PhysicalName(string separator) =>
        Instance is null ? $"{Project}{separator}{Stack}" : $"{Project}{separator}{Stack}{separator}{Instance}";

    /// <summary>Whether stateful and key resources (KMS keys, the cluster) get Pulumi's <c>protect</c> (<c>iris-stack:protectStatefulResources</c>).</summary>
    public bool ProtectStatefulResources { get; init; }

    /// <summary>
    /// The AWS partition's ARN prefix for this account (<c>arn:aws</c> outside China and GovCloud).
    /// The config admits only commercial regions for now (the stack configuration loader refuses
    /// cn-*, *-gov-* and ISO), so only <c>aws</c> is reached from a stack file; the mapping stays
    /// (a constant would trip CA1822 and move every caller to a static) for when they are supported.
    /// </summary>
    public string Partition => Region.StartsWith("cn-", StringComparison.Ordinal) ? "aws-cn"
        : Region.StartsWith("us-gov-", StringComparison.Ordinal) ? "aws-us-gov" : "aws";

    /// <summary>
    /// Tags for an AWS resource: the stack's own tags, then <c>Name</c> and the project and stack,
    /// so every resource can be traced back to the stack that owns it.
    /// </summary>
    public MapValue TagsFor(string name) => MapValue.Strings(Tags
        .SetItem("Name", name)
        .SetItem("iris-stack:project", Project)
        .SetItem("iris-stack:stack", Stack));
}
