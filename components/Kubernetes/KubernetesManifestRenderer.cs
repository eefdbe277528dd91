using System.Collections.Immutable;
using System.Text.RegularExpressions;
using IrisStack.Components.Graph;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace IrisStack.Components.Kubernetes;

/// <summary>
/// Renders every Kubernetes object of a graph as a YAML manifest, the bytes <c>irisstack render</c>
/// writes under <c>k8s/&lt;namespace or "cluster"&gt;/&lt;kind&gt;-&lt;name&gt;.yaml</c>: apiVersion, kind and
/// metadata first, other fields in key order; output references as <c>${node.output}</c>; every
/// secret (and every value of a Secret's <c>data</c>/<c>stringData</c>) masked. A patch of an object
/// something else created is not a whole object (it lacks fields the API requires, such as a
/// StorageClass's provisioner), so it goes apart, under <c>k8s/patches/</c>, and opens with a
/// comment saying how Pulumi applies it: every file outside that folder is a complete object.
/// </summary>
public static partial class KubernetesManifestRenderer
{
    /// <summary>The folder for cluster-scoped objects.</summary>
    public const string ClusterFolder = "cluster";

    /// <summary>The folder under <c>k8s/</c> for patches of existing objects, apart from whole objects.</summary>
    public const string PatchesFolder = "patches";

    private static readonly string[] HeadKeys = ["apiVersion", "kind", "metadata"];

    /// <summary>One artifact per Kubernetes object, in graph order.</summary>
    public static ImmutableArray<Artifact> Render(ResourceGraph graph)
    {
        var artifacts = graph.Nodes.Where(KubernetesObjects.IsObject).Select(Render).ToImmutableArray();
        var duplicate = artifacts.GroupBy(a => a.Path, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        return duplicate is null
            ? artifacts
            : throw new InvalidOperationException($"Two Kubernetes objects render to {duplicate.Key}; give them distinct names.");
    }

    /// <summary>The manifest of one Kubernetes node.</summary>
    public static Artifact Render(ResourceNode node) => new(PathOf(node), Yaml(node));

    /// <summary>
    /// <c>k8s/&lt;namespace or cluster&gt;/&lt;kind&gt;-&lt;name&gt;.yaml</c>, or for a patch
    /// <c>k8s/patches/&lt;namespace or cluster&gt;/&lt;kind&gt;-&lt;name&gt;.yaml</c> (the patched object's kind and name).
    /// </summary>
    public static string PathOf(ResourceNode node)
    {
        var kind = (node.Input("kind") as StringValue)?.Value ?? throw new ArgumentException($"{node.Name} has no kind.", nameof(node));
        var name = ValueText.Display(node.Input("metadata.name")) ?? node.Name;
        var folder = KubernetesScopes.IsNamespaced(kind)
            ? ValueText.Display(node.Input("metadata.namespace")) ?? KubernetesScopes.DefaultNamespace
            : ClusterFolder;
        var patches = KubernetesObjects.IsPatch(node) ? PatchesFolder + "/" : string.Empty;
        return $"k8s/{patches}{Safe(folder)}/{Safe(kind.ToLowerInvariant())}-{Safe(name)}.yaml";
    }

    private static string Yaml(ResourceNode node)
    {
        var inputs = node.Inputs;
        if (inputs["kind"] is StringValue { Value: "Secret" })
        {
            inputs = MaskSecretData(inputs);
        }

        using var writer = new StringWriter { NewLine = "\n" };
        var emitter = new Emitter(writer, new EmitterSettings().WithNewLine("\n"));
        emitter.Emit(new StreamStart());
        emitter.Emit(new DocumentStart());
        emitter.Emit(new MappingStart(null, null, true, MappingStyle.Block));
        foreach (var key in HeadKeys.Where(k => inputs[k] is not null).Concat(inputs.Entries.Keys.Where(k => !HeadKeys.Contains(k))))
        {
            EmitScalar(emitter, key);
            Emit(emitter, inputs[key]!);
        }

        emitter.Emit(new MappingEnd());
        emitter.Emit(new DocumentEnd(true));
        emitter.Emit(new StreamEnd());
        return (KubernetesObjects.IsPatch(node) ? PatchComment(node) : string.Empty) + writer.ToString();
    }

    // Said in the file because the YAML alone reads like an object missing its required fields.
    private static string PatchComment(ResourceNode node)
    {
        var kind = ValueText.Display(node.Input("kind"));
        var forced = node.Input("metadata.annotations") is MapValue annotations && ValueText.Display(annotations["pulumi.com/patchForce"]) == "true";
        string[] lines =
        [
            $"A patch, not a whole {kind}. Pulumi's resource {node.Name}",
            $"({node.Type}) applies only the fields below to the",
            $"existing {kind} {ValueText.Display(node.Input("metadata.name"))}, by server-side apply under a field manager of its own;",
            "every other field keeps its value and its owner.",
            .. forced ? ["pulumi.com/patchForce takes over the fields another field manager owns."] : Array.Empty<string>(),
        ];
        return string.Concat(lines.Select(line => $"# {line}\n"));
    }

    private static MapValue MaskSecretData(MapValue inputs)
    {
        foreach (var field in new[] { "data", "stringData" })
        {
            if (inputs[field] is MapValue data)
            {
                inputs = inputs.With(field, MapValue.Of(data.Entries.Select(e => (e.Key, (Value?)new SecretValue(e.Value)))));
            }
        }

        return inputs;
    }

    private static void Emit(IEmitter emitter, Value value)
    {
        switch (value)
        {
            case MapValue map:
                emitter.Emit(new MappingStart(null, null, true, map.Entries.Count == 0 ? MappingStyle.Flow : MappingStyle.Block));
                foreach (var (key, item) in map.Entries)
                {
                    EmitScalar(emitter, key);
                    Emit(emitter, item);
                }

                emitter.Emit(new MappingEnd());
                break;
            case ListValue list:
                emitter.Emit(new SequenceStart(null, null, true, list.Items.IsEmpty ? SequenceStyle.Flow : SequenceStyle.Block));
                foreach (var item in list.Items)
                {
                    Emit(emitter, item);
                }

                emitter.Emit(new SequenceEnd());
                break;
            case NullValue:
                emitter.Emit(new Scalar(null, null, "null", ScalarStyle.Plain, true, false));
                break;
            case BoolValue b:
                emitter.Emit(new Scalar(null, null, b.Value ? "true" : "false", ScalarStyle.Plain, true, false));
                break;
            case NumberValue n:
                emitter.Emit(new Scalar(null, null, n.ToString(), ScalarStyle.Plain, true, false));
                break;
            default:
                EmitScalar(emitter, ValueText.Display(value)!);
                break;
        }
    }

    // Multi-line text (a rendered nginx.conf) reads best, and diffs line by line, as a literal block.
    private static void EmitScalar(IEmitter emitter, string text) =>
        emitter.Emit(new Scalar(null, null, text, LooksLikeAnotherType(text) ? ScalarStyle.DoubleQuoted : text.Contains('\n', StringComparison.Ordinal) ? ScalarStyle.Literal : ScalarStyle.Any, true, true));

    private static string Safe(string segment) => UnsafePathCharacters().Replace(segment, "_");

    // A plain scalar that YAML 1.1 or 1.2 would read as a bool, null, number or timestamp must be quoted
    // to stay a string (Kubernetes reads annotations and StorageClass parameters as strings).
    private static bool LooksLikeAnotherType(string text) => text.Length == 0 || AmbiguousScalar().IsMatch(text);

    [GeneratedRegex(@"^(~|null|Null|NULL|y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF|[-+]?(\.[0-9]+|[0-9][0-9_]*(\.[0-9_]*)?)([eE][-+]?[0-9]+)?|0[xXoObB][0-9a-fA-F_]+|[-+]?\.(inf|Inf|INF)|\.(nan|NaN|NAN)|[0-9]+(:[0-5]?[0-9])+|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}.*)$")]
    private static partial Regex AmbiguousScalar();

    [GeneratedRegex(@"[^A-Za-z0-9._-]")]
    private static partial Regex UnsafePathCharacters();
}
