using System.Collections.Immutable;
using IrisStack.Components.Cluster;
using IrisStack.Components.Data.Security;
using IrisStack.Components.Graph;

namespace IrisStack.Policies.Rules.Data;

/// <summary>
/// Finds the IRIS merge files in the graph: the configSource ConfigMap labelled with an IRIS tier
/// (<c>iris-data</c> or <c>iris-compute</c>) whose <c>data</c> holds <c>common.cpf</c>,
/// <c>data.cpf</c> or <c>compute.cpf</c>. Works on graphs built here and on plans read back from JSON
/// (secrets and references appear as <c>[secret]</c>).
/// </summary>
public static class IrisMergeFileResources
{
    /// <summary>The ConfigMap type token.</summary>
    public const string ConfigMapType = "kubernetes:core/v1:ConfigMap";

    /// <summary>The data keys of the merge files, in the order IKO applies them.</summary>
    public static readonly ImmutableArray<string> Keys = [MergeFiles.CommonKey, MergeFiles.DataKey, MergeFiles.ComputeKey];

    private static readonly ImmutableHashSet<string> IrisTiers = [TierLabels.Value(Tier.IrisData), TierLabels.Value(Tier.IrisCompute)];

    /// <summary>Whether the object is labelled as part of an IRIS tier.</summary>
    public static bool IsIris(ResourceNode node) =>
        node.Input("metadata.labels") is MapValue labels && labels[TierLabels.Key] is StringValue { Value: var tier } && IrisTiers.Contains(tier);

    /// <summary>Whether the node is an IRIS ConfigMap holding at least one merge file key.</summary>
    public static bool HoldsMergeFiles(ResourceNode node) =>
        node.Type == ConfigMapType && IsIris(node) && node.Input("data") is MapValue data && Keys.Any(k => data[k] is not null);

    /// <summary>The merge files' text by key (secrets masked); a key whose value is no text maps to null.</summary>
    public static ImmutableArray<(string Key, string? Text)> Texts(ResourceNode node) =>
        node.Input("data") is MapValue data ? [.. Keys.Where(k => data[k] is not null).Select(k => (k, ValueText.LiteralsOnly(data[k])))] : [];

    /// <summary>The admin named by the ConfigMap's annotation, the one <c>%All</c> holder accepted; null when none.</summary>
    public static string? Admin(ResourceNode node) =>
        node.Input("metadata.annotations") is MapValue annotations && annotations[MergeFiles.AdminAnnotation] is StringValue { Value: var admin } ? admin : null;

    /// <summary>The property path of a merge file, for findings.</summary>
    public static string Property(string key) => PropertyPath.Of("data", key);
}
