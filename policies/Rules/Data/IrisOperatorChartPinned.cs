using System.Collections.Immutable;
using IrisStack.Components.Graph;

namespace IrisStack.Policies.Rules.Data;

/// <summary>The operator's Helm release is pinned: a local chart archive, or an exact chart version (not empty, not <c>latest</c>, not a range).</summary>
public sealed class IrisOperatorChartPinned : ResourcePolicy
{
    /// <inheritdoc />
    public override string Id => "iris-operator-chart-pinned";

    /// <inheritdoc />
    public override string Description => "The iris-operator Helm release installs a local chart archive (.tgz) or names an exact chart version: not empty, not latest, no semver range.";

    /// <inheritdoc />
    public override string Rationale => "Without an exact version Helm installs whatever chart is newest when the stack is next deployed, so an operator upgrade (new CRD, new pod defaults) would ride along with an unrelated change; the operator's version must also match the IRIS versions it supports (iris.md §1.1).";

    /// <inheritdoc />
    public override string Layer => "data";

    // Checkov CKV_K8S_14 pins the images of built-in workloads, not Helm chart versions; no rule set checks a release's chart version.
    /// <inheritdoc />
    public override ImmutableArray<string> PeerIds => [];

    /// <inheritdoc />
    public override ImmutableHashSet<string> ResourceTypes => [IrisOperatorReleases.Type];

    /// <inheritdoc />
    protected override bool AppliesTo(ResourceNode node) => IrisOperatorReleases.IsOperator(node);

    /// <inheritdoc />
    protected override IEnumerable<Finding> Check(ResourceNode node, PolicyContext context)
    {
        var chart = ((StringValue)node.Input("chart")!).Value;
        if (chart.EndsWith(".tgz", StringComparison.Ordinal) && !chart.Contains("://", StringComparison.Ordinal))
        {
            yield break;
        }

        var version = node.Input("version") is StringValue { Value: var v } ? v.Trim() : string.Empty;
        if (version.Length == 0 || version.Equals("latest", StringComparison.OrdinalIgnoreCase) || version.IndexOfAny(['^', '~', '>', '<', '*', '|', ' ', 'x', 'X']) >= 0)
        {
            yield return Violation(node, "version",
                version.Length == 0 ? $"The chart {chart} has no version, so Helm installs the newest." : $"Chart version '{version}' is not an exact version.",
                "Set iris-stack:data.operator.chartVersion to the exact chart version (e.g. 3.6.7), or point iris-stack:data.operator.chart at a local .tgz.");
        }
    }
}
