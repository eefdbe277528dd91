using System.Collections.Immutable;
using IrisStack.Components.Graph;

namespace IrisStack.Components.Kubernetes;

/// <summary>
/// Builds Kubernetes nodes as the Pulumi Kubernetes provider registers them: type token
/// <c>kubernetes:&lt;group&gt;/&lt;version&gt;:&lt;Kind&gt;</c> (<c>core/v1</c> for the core group), inputs carrying
/// <c>apiVersion</c>, <c>kind</c> and <c>metadata</c> (a generic registration does not fill them, the
/// typed SDK does), and the provider each Kubernetes node names (or none, to inherit its
/// component's, when a component is given a cluster).
/// </summary>
public static class KubernetesObjects
{
    /// <summary>The token prefix of every Kubernetes resource of the provider.</summary>
    public const string TokenPrefix = "kubernetes:";

    /// <summary>The suffix the provider adds to a kind for its server-side-apply patch resource.</summary>
    public const string PatchSuffix = "Patch";

    /// <summary>The resource type token of an API version and kind (<c>v1</c>, <c>Namespace</c> → <c>kubernetes:core/v1:Namespace</c>).</summary>
    public static string TypeToken(string apiVersion, string kind) =>
        $"{TokenPrefix}{(apiVersion.Contains('/', StringComparison.Ordinal) ? apiVersion : "core/" + apiVersion)}:{kind}";

    /// <summary>The token of the provider's patch resource for a kind (<c>kubernetes:storage.k8s.io/v1:StorageClassPatch</c>).</summary>
    public static string PatchTypeToken(string apiVersion, string kind) => TypeToken(apiVersion, kind) + PatchSuffix;

    /// <summary>
    /// Whether a node is a Kubernetes API object (or a patch of one) that the API server stores as a
    /// manifest. Helm releases and charts are not: their objects live inside Helm.
    /// </summary>
    public static bool IsObject(ResourceNode node) =>
        node.Type.StartsWith(TokenPrefix, StringComparison.Ordinal) &&
        !node.Type.StartsWith(TokenPrefix + "helm.sh/", StringComparison.Ordinal) &&
        node.Input("apiVersion") is StringValue && node.Input("kind") is StringValue;

    /// <summary>Whether a node is a patch of an existing object rather than an object Pulumi owns.</summary>
    public static bool IsPatch(ResourceNode node) =>
        node.Type.StartsWith(TokenPrefix, StringComparison.Ordinal) && node.Type.EndsWith(PatchSuffix, StringComparison.Ordinal);

    /// <summary><c>metadata</c>: name, namespace (null for cluster-scoped kinds), labels and annotations.</summary>
    public static MapValue Metadata(
        string name,
        string? @namespace = null,
        IEnumerable<KeyValuePair<string, string>>? labels = null,
        IEnumerable<KeyValuePair<string, string>>? annotations = null)
    {
        var labelMap = labels?.ToImmutableSortedDictionary(StringComparer.Ordinal);
        var annotationMap = annotations?.ToImmutableSortedDictionary(StringComparer.Ordinal);
        return MapValue.Of(
            ("name", name),
            ("namespace", @namespace is null ? null : (Value)@namespace),
            ("labels", labelMap is { Count: > 0 } ? MapValue.Strings(labelMap) : null),
            ("annotations", annotationMap is { Count: > 0 } ? MapValue.Strings(annotationMap) : null));
    }

    /// <summary>
    /// Adds an object: <paramref name="fields"/> are its top-level fields besides apiVersion, kind and
    /// metadata (<c>spec</c>, <c>data</c>, <c>provisioner</c>, ...).
    /// </summary>
    public static NodeRef Add(
        GraphBuilder graph,
        string logicalName,
        string apiVersion,
        string kind,
        MapValue metadata,
        MapValue fields,
        string parent,
        string? provider,
        IEnumerable<string>? dependsOn = null) =>
        Register(graph, TypeToken(apiVersion, kind), logicalName, apiVersion, kind, metadata, fields, parent, provider, dependsOn);

    /// <summary>
    /// Adds a server-side-apply patch of an object that something else created (for example the
    /// <c>gp2</c> StorageClass EKS creates); apiVersion and kind are the patched object's.
    /// </summary>
    public static NodeRef AddPatch(
        GraphBuilder graph,
        string logicalName,
        string apiVersion,
        string kind,
        MapValue metadata,
        MapValue fields,
        string parent,
        string? provider,
        IEnumerable<string>? dependsOn = null) =>
        Register(graph, PatchTypeToken(apiVersion, kind), logicalName, apiVersion, kind, metadata, fields, parent, provider, dependsOn);

    private static NodeRef Register(
        GraphBuilder graph, string type, string logicalName, string apiVersion, string kind, MapValue metadata, MapValue fields, string parent, string? provider, IEnumerable<string>? dependsOn) =>
        graph.Resource(type, logicalName, Inputs(apiVersion, kind, metadata, fields), parent,
            new ResourceOptions { Provider = provider, DependsOn = [.. dependsOn ?? []] });

    private static MapValue Inputs(string apiVersion, string kind, MapValue metadata, MapValue fields)
    {
        foreach (var reserved in new[] { "apiVersion", "kind", "metadata" })
        {
            if (fields[reserved] is not null)
            {
                throw new ArgumentException($"'{reserved}' is set from the arguments, not from the fields.", nameof(fields));
            }
        }

        return fields.With("apiVersion", apiVersion).With("kind", kind).With("metadata", metadata);
    }
}
