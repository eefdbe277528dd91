using System.Collections.Immutable;
using IrisStack.Components.Data.Iko;
using IrisStack.Components.Graph;

namespace IrisStack.Policies.Rules.Data;

/// <summary>The operator release pulls its image from containers.intersystems.com, pinned to a tag, with a pull Secret.</summary>
public sealed class IrisOperatorImageFromIcr : ResourcePolicy
{
    /// <inheritdoc />
    public override string Id => "iris-operator-image-icr";

    /// <inheritdoc />
    public override string Description => $"The iris-operator release sets values.operator.registry under {RegistryCredentials.Server}, a repository and a tag other than latest, and at least one values.imagePullSecrets entry.";

    /// <inheritdoc />
    public override string Rationale => "The chart's default registry is not InterSystems' (kubeIRIS in the 3.3 chart); an operator image from elsewhere, or an unpinned tag, runs code with cluster-wide rights that nobody reviewed. containers.intersystems.com needs a login, hence the pull Secret.";

    /// <inheritdoc />
    public override string Layer => "data";

    private const string OnlyOperatorImage = "only the operator image the iris-operator release's values name; the chart's other images and built-in workloads are left to the peer (a Release's objects are opaque to policies, policy-anchors G8)";

    /// <inheritdoc />
    public override ImmutableArray<string> PeerIds => ["CKV_K8S_14", "C-0078"];

    /// <inheritdoc />
    public override ImmutableDictionary<string, string> PartialPeers => PeerIds.ToImmutableDictionary(p => p, _ => OnlyOperatorImage);

    /// <inheritdoc />
    public override ImmutableHashSet<string> ResourceTypes => [IrisOperatorReleases.Type];

    /// <inheritdoc />
    protected override bool AppliesTo(ResourceNode node) => IrisOperatorReleases.IsOperator(node);

    /// <inheritdoc />
    protected override IEnumerable<Finding> Check(ResourceNode node, PolicyContext context)
    {
        const string Fix = "Set iris-stack:data.operator.image to containers.intersystems.com/intersystems/iris-operator-amd:<version>.";
        var registry = Text(node, "values.operator.registry");
        if (registry is null || !(registry == RegistryCredentials.Server || registry.StartsWith(RegistryCredentials.Server + "/", StringComparison.Ordinal)))
        {
            yield return Violation(node, "values.operator.registry", registry is null ? "The operator image's registry is the chart's default." : $"The operator image comes from {registry}.", Fix);
        }

        if (Text(node, "values.operator.repository") is null)
        {
            yield return Violation(node, "values.operator.repository", "The operator image's repository is the chart's default.", Fix);
        }

        var tag = Text(node, "values.operator.tag");
        if (tag is null || tag.Equals("latest", StringComparison.OrdinalIgnoreCase))
        {
            yield return Violation(node, "values.operator.tag", tag is null ? "The operator image's tag is the chart's default." : "The operator image's tag is latest.", Fix);
        }

        if (node.Input("values.imagePullSecrets") is not ListValue { Items.IsEmpty: false })
        {
            yield return Violation(node, "values.imagePullSecrets", "The operator pod has no pull Secret for containers.intersystems.com.", "Keep the pull Secret the data layer creates from iris-stack:data.operator.registry and name it in values.imagePullSecrets.");
        }
    }

    private static string? Text(ResourceNode node, string path) => node.Input(path) is StringValue { Value: var v } && v.Trim().Length > 0 ? v.Trim() : null;
}
