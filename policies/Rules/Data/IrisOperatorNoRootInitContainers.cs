using System.Collections.Immutable;
using IrisStack.Components.Graph;

namespace IrisStack.Policies.Rules.Data;

/// <summary>
/// The operator release sets <c>useIrisFsGroup: true</c>, so IKO gives IRIS volumes IRIS's group at
/// mount instead of running a root init container that chowns them (unconfirmed per IKO version;
/// see the data layer README).
/// </summary>
public sealed class IrisOperatorNoRootInitContainers : ResourcePolicy
{
    /// <inheritdoc />
    public override string Id => "iris-operator-no-root-init";

    /// <inheritdoc />
    public override string Description => "The iris-operator release sets values.useIrisFsGroup: true, so the IRIS pods IKO creates have no init container running as root to chown their volumes.";

    /// <inheritdoc />
    public override string Rationale => "By default IKO starts each IRIS pod with an init container that runs as root to chown /irissys/*; the pod template's runAsNonRoot does not reach it. With useIrisFsGroup the volumes are mounted with IRIS's group instead and no container of the pod is root (InterSystems community article on useIrisFsGroup).";

    /// <inheritdoc />
    public override string Layer => "data";

    // Checkov and kubescape check the init containers of built-in workloads; a Release's values and the pods IKO renders are opaque to them.
    /// <inheritdoc />
    public override ImmutableArray<string> PeerIds => [];

    /// <inheritdoc />
    public override ImmutableHashSet<string> ResourceTypes => [IrisOperatorReleases.Type];

    /// <inheritdoc />
    protected override bool AppliesTo(ResourceNode node) => IrisOperatorReleases.IsOperator(node);

    /// <inheritdoc />
    protected override IEnumerable<Finding> Check(ResourceNode node, PolicyContext context)
    {
        if (node.Input("values.useIrisFsGroup") is not BoolValue { Value: true })
        {
            yield return Violation(node, "values.useIrisFsGroup", "useIrisFsGroup is not true, so IKO chowns the IRIS volumes from an init container running as root.",
                "Set iris-stack:data.operator.useIrisFsGroup: true (or suppress this policy with the reason, if the chart in use lacks the value).");
        }
    }
}
