using System.Collections.Immutable;
using IrisStack.Components.Aws;

namespace IrisStack.Components.Kubernetes;

/// <summary>The recommended <c>app.kubernetes.io</c> labels every object of the stack carries.</summary>
public static class KubernetesLabels
{
    /// <summary>Managed by Pulumi, part of the project; layers add their own on top.</summary>
    public static ImmutableSortedDictionary<string, string> Standard(StackContext context) =>
        ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal,
        [
            KeyValuePair.Create("app.kubernetes.io/managed-by", "pulumi"),
            KeyValuePair.Create("app.kubernetes.io/part-of", context.Project),
        ]);
}
